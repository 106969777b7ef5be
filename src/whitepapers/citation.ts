import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Whitepaper } from '#src/schemas/whitepaper.ts';

/** Who publishes the papers, as citations name it. */
export const publisher = 'CNCF Special Purpose Operating System Working Group (wg-sp-os)';

const statusNotes: Record<Whitepaper['status'], string | undefined> = {
	draft: 'Draft, not yet reviewed by the working group',
	'community-review': 'In community review',
	published: undefined,
	superseded: 'Superseded',
};

/**
 * One version of a paper as a CSL-JSON record, the single source of every citation format. `url` is the
 * version's own absolute address, so a citation keeps pointing at the text it cites after newer versions appear.
 */
export function cslRecord(paper: Whitepaper, url: string): CSL {
	// BibTeX keys allow letters, digits and underscores only: wgspos_containeros_v0_2_0.
	const key = `wgspos_${paper.shortName.replace(/-/g, '')}_v${paper.version.replace(/\./g, '_')}`;
	const [year, month, day] = paper.updated.split('-').map(Number) as [number, number, number];
	const status = statusNotes[paper.status];
	return {
		id: key,
		'citation-key': key,
		type: 'report',
		genre: 'Whitepaper',
		title: paper.title,
		author: paper.authors.map(({ name, entity }) =>
			entity ? { literal: name } : personName(name)
		),
		issued: { 'date-parts': [[year, month, day]] },
		version: paper.version,
		note: `Version ${paper.version}`,
		publisher,
		URL: url,
		abstract: paper.abstract,
		...(status ? { status } : {}),
		...(paper.keywords.length > 0 ? { keyword: paper.keywords.join(', ') } : {}),
	};
}

/**
 * A person's name as written in the frontmatter, given names first: the last word is taken as the family name.
 * Groups are marked `entity: true` and keep their whole name.
 */
function personName(name: string): { given?: string; family: string } {
	const words = name.trim().split(/\s+/);
	const family = words.pop() ?? name;
	return words.length > 0 ? { given: words.join(' '), family } : { family };
}

export interface Citations {
	bibtex: string;
	apa: string;
	cslJson: string;
}

/** BibTeX, APA (7th edition, via CSL) and CSL-JSON of one record. */
export function citationsOf(record: CSL): Citations {
	const cite = new Cite(record);
	return {
		bibtex: cite.format('bibtex', { format: 'text' }).trim(),
		apa: cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim(),
		cslJson: JSON.stringify([record], null, 2),
	};
}
