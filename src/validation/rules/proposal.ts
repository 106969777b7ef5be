import { bodyTree } from '#src/content-source/markdown.ts';
import { entryIdOf } from '#src/content-source/entry-id.ts';
import type { ContentFile, Problem } from '#src/content-source/model.ts';
import type { DocsFrontmatter } from '#src/schemas/docs.ts';
import { isGuidance, isGuidancePath } from '#src/schemas/guidance.ts';
import { isProposal, isProposalPath } from '#src/schemas/proposal.ts';
import { checkStandard, linksOf, type PageStandard } from './page-structure.ts';

/**
 * The parts of a proposal a program can check: the sections of a Kubernetes enhancement proposal, flattened to
 * one level so each is easy to find, and enough words and sources to argue a design.
 */
export const proposalStandard = {
	kind: 'proposal',
	minWords: 2500,
	minSources: 15,
	sections: {
		summary: 'Summary',
		motivation: 'Motivation',
		goals: 'Goals',
		nonGoals: 'Non-goals',
		proposal: 'Proposal',
		designDetails: 'Design details',
		risks: 'Risks and mitigations',
		alternatives: 'Alternatives considered',
		priorArt: 'Prior art',
		openQuestions: 'Open questions',
	},
	lengthHint:
		'A proposal must inventory the current state from primary sources and argue its design against the alternatives.',
} as const satisfies PageStandard;

export function checkProposalPage(content: ContentFile<DocsFrontmatter>): Problem[] {
	const { body, data } = content;
	if (!isProposalPath(content.pathInBase) || !body || !data || !isProposal(data)) return [];
	const parsed = bodyTree(content);
	if (!parsed || 'error' in parsed) return []; // a syntax error is reported by the MDX safety rule
	return checkStandard({ ...content, body }, parsed.tree, data, proposalStandard);
}

/**
 * Each guidance page a proposal extends links to it, so a reader of today's state finds the way forward. A draft
 * is exempt: it is linked when it goes to review.
 */
export function checkProposalBacklinks(files: readonly ContentFile<DocsFrontmatter>[]): Problem[] {
	const guidanceByArea = new Map(
		files.flatMap((content) => {
			const { data } = content;
			if (!isGuidancePath(content.pathInBase) || !data || !isGuidance(data)) return [];
			const tree = bodyTree(content);
			const links = tree && !('error' in tree) ? [...linksOf(tree.tree)] : [];
			return [[data.area, { content, links }] as const];
		})
	);
	return files.flatMap((content) => {
		const { data } = content;
		if (
			!isProposalPath(content.pathInBase) ||
			!data ||
			!isProposal(data) ||
			data.status === 'draft'
		)
			return [];
		const route = `${entryIdOf(content.pathInBase)}/`;
		return data.related.flatMap((area, index) => {
			const guidance = guidanceByArea.get(area);
			if (!guidance || guidance.links.some((link) => link.split('#')[0]?.endsWith(route)))
				return [];
			return [
				{
					file: content.file,
					...content.source.locate(['related', index]),
					field: `related.${index}`,
					expected: `a link to this proposal (…/${route}) on the guidance page of "${area}"`,
					found: `no such link in src/content/docs/${guidance.content.pathInBase}`,
					hint: 'Link the proposal where the guidance page describes the problem it addresses, or remove the area.',
				},
			];
		});
	});
}
