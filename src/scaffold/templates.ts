import { areas } from '#src/schemas/areas.ts';
import { areaIds } from '#src/schemas/guidance.ts';
import { landscapeFieldNames } from '#src/schemas/landscape-fields.ts';
import { guidanceStandard } from '#src/validation/rules/guidance.ts';
import { proposalStandard } from '#src/validation/rules/proposal.ts';

/**
 * The starting text of each kind of content: valid frontmatter and the sections the kind requires, with
 * TODO placeholders where only the contributor can write the facts. Nothing here states a fact about a project.
 */
export interface TemplateInput {
	title: string;
	slug: string;
	today: string;
}

/**
 * Where a URL must come from the contributor: `.invalid` is reserved (RFC 2606) and can never resolve, so a
 * placeholder left in a pull request is obvious to reviewers and to the weekly link check.
 */
export const placeholderUrl = 'https://example.invalid/replace-with-a-primary-source';

/** The working group's charter, the one source every guidance page serves. */
const charter = {
	title: 'wg-sp-os charter (cncf/tag-runtime, wgs/spos/charter/index.md)',
	url: 'https://github.com/cncf/tag-runtime/blob/7d0be31ca4f6ac9468b23f9841549d30cfd7077e/wgs/spos/charter/index.md',
};

const quoted = (text: string) => JSON.stringify(text);

export function guidancePage({ title, slug, today }: TemplateInput): string {
	const { comparison, recommendations, checklist, openQuestions } = guidanceStandard.sections;
	return `---
title: ${quoted(title)}
description: "TODO: one sentence, at most 160 characters, that says what this page helps a reader decide."
status: draft
lastReviewed: ${today}
owners: []
tags: [${slug}]
area: ${slug}
sources:
  - title: ${quoted(charter.title)}
    url: ${charter.url}
---

TODO: two or three sentences on the decision this page helps with. This page serves the focus area
"${areas[slug as keyof typeof areas] ?? title}" of the [working group's charter](${charter.url}).

## TODO: the first topic

TODO: explain the mechanisms, trade-offs and failure modes, citing a primary source inline for every fact.

## ${comparison}

TODO: compare at least four container operating systems, each from its own documentation, and link each name to
its landscape page (../../landscape/id/, with the id of its file in content/landscape/).

## ${recommendations}

1. TODO: what to do, why, and how to check it was done.

## ${checklist}

- [ ] TODO: one thing a platform team can tick off.

## ${openQuestions}

- TODO: a question the working group should take up.
`;
}

export function whitepaper({ title, slug, today }: TemplateInput): string {
	return `---
title: ${quoted(title)}
abstract: >-
  TODO: three to five sentences in your own words: the question this paper answers, for whom, and what it
  concludes. The abstract is shown on the paper's page and in its citation.
status: draft
version: 0.1.0
published: ${today}
updated: ${today}
authors:
  - name: wg-sp-os website contributors
reviewers: []
shortName: ${slug}
license: CC-BY-4.0
keywords: []
history:
  - version: 0.1.0
    date: ${today}
    summary: First draft for working group review.
---

## Executive summary

TODO: at most about 350 words: the findings and what a reader should do. Cite each claim with a footnote.

## TODO: the first section

TODO: one section per question, in your own words, every fact with a footnote to a primary source.

## Open questions for the working group

- TODO: a question the working group should take up.
`;
}

export function proposal({ title, slug, today }: TemplateInput): string {
	const sections = Object.values(proposalStandard.sections)
		.map(
			(section) =>
				`## ${section}\n\nTODO: ${proposalSectionPrompts[section] ?? 'write this section.'}\n`
		)
		.join('\n');
	return `---
title: ${quoted(title)}
description: "TODO: one sentence, at most 160 characters, that says what the proposal would change and for whom."
status: draft
lastReviewed: ${today}
owners: []
tags: [${slug}]
# The focus area that owns the proposal, and those whose guidance pages it extends: ${areaIds.join(', ')}
area: overview
proposalStatus: provisional
related: [overview]
sources:
  - title: ${quoted(charter.title)}
    url: ${charter.url}
---

This is a working-group exploration, not an accepted Kubernetes enhancement. It follows from the
[working group's charter](${charter.url}).

${sections}`;
}

/** What each section of a proposal holds, as the Kubernetes enhancement proposal template asks. */
const proposalSectionPrompts: Record<string, string> = {
	Summary: 'one paragraph a reader can take away: the problem and the proposed change.',
	Motivation: 'what is hard today and for whom, with primary sources for the current state.',
	Goals: 'a list of what the proposal must achieve.',
	'Non-goals': 'a list of what it deliberately leaves out.',
	Proposal: 'the change in words a platform engineer follows, without implementation detail.',
	'Design details': 'interfaces, formats and versioning, precise enough to prototype.',
	'Risks and mitigations': 'what could go wrong, and how the design limits it.',
	'Alternatives considered': 'the other designs and why this one is preferred.',
	'Prior art': 'existing projects and interfaces the design learns from, each cited.',
	'Open questions': 'what the working group, or the SIG that would own the change, must decide.',
};

export function landscapeEntry({ title, today }: TemplateInput): string {
	// Every fact starts as unknown, which needs no source; lifecycle has no unknown, so it needs one at once.
	const fields = landscapeFieldNames
		.filter((field) => field !== 'endOfLife')
		.map((field) =>
			field === 'lifecycle'
				? 'lifecycle: active # active | maintenance | end-of-life; confirm it at a source'
				: `${field}: unknown`
		);
	return `# One container OS of the landscape. Replace each unknown with a value only when a primary source states it,
# and add that source under sources with the same key. CONTRIBUTING.md describes every field.
name: ${quoted(title)}
summary: "TODO: one or two sentences in your own words: what it is and for whom."
${fields.join('\n')}
lastVerified: ${today}
sources:
  lifecycle:
    url: ${placeholderUrl}
    evidence: "TODO: the source's own words that show the project is active, at most 30 words."
    verified: ${today}
`;
}

export function updatePage({ title, today }: TemplateInput): string {
	return `---
title: ${quoted(title)}
description: "TODO: one sentence, at most 160 characters, that says what changed and for whom it matters."
status: draft
lastReviewed: ${today}
owners: []
tags: [update]
---

TODO: two or three sentences: what happened, when (${today}), and who it affects.

## What changed

TODO: the change in your own words, with a link to the primary source (release notes, announcement, KEP).

## What it means for platform teams

TODO: what a reader should do now, and links to the guidance pages this touches (../../guidance/area/).
`;
}

export function glossaryTerm({ title, slug }: TemplateInput): string {
	return `  - term: ${quoted(title)}
    slug: ${slug}
    definition: >-
      TODO: two or three sentences in plain words that a platform engineer new to the term understands.
    source: { title: "TODO: the primary source the definition follows", url: "${placeholderUrl}" }
`;
}

/** Guidance areas that have no page yet: the only slugs `npm run new -- guidance` accepts. */
export function openAreas(existing: ReadonlySet<string>): string[] {
	return areaIds.filter((area) => !existing.has(area));
}
