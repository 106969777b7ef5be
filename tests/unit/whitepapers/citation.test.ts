import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import type { Whitepaper } from '#src/schemas/whitepaper.ts';
import { citationsOf, cslRecord } from '#src/whitepapers/citation.ts';

const paper: Whitepaper = {
	title: 'What is a container operating system?',
	abstract: 'An abstract.',
	status: 'draft',
	version: '0.2.0',
	published: '2026-11-01',
	updated: '2026-11-20',
	authors: [{ name: 'wg-sp-os website contributors', entity: true }, { name: 'Ada Lovelace' }],
	reviewers: [],
	shortName: 'container-os',
	license: 'CC-BY-4.0',
	keywords: [],
	history: [{ version: '0.2.0', date: '2026-11-20', summary: 'Second draft.' }],
};
const url = 'https://example.org/whitepapers/container-os/0.2.0/';

describe('whitepaper citations', () => {
	const citations = citationsOf(cslRecord(paper, url));

	it('gives BibTeX that citation-js reads back to the same title, version URL and authors', () => {
		expect(citations.bibtex).toMatch(/^@techreport\{wgspos_containeros_v0_2_0,/);
		const [entry] = new Cite(citations.bibtex).data;
		if (!entry) throw new Error('citation-js read no entry from the BibTeX');
		expect(entry.title).toBe(paper.title);
		expect(entry.URL).toBe(url);
		// BibTeX has no literal names: the group comes back as one unsplit (braced) name.
		expect(entry.author).toEqual([
			{ family: 'wg-sp-os website contributors' },
			{ given: 'Ada', family: 'Lovelace' },
		]);
	});

	it('gives an APA reference with the group name whole, the version, the year and the version URL', () => {
		expect(citations.apa).toContain('wg-sp-os website contributors, & Lovelace, A. (2026).');
		expect(citations.apa).toContain('(Version 0.2.0)');
		expect(citations.apa).toContain(url);
	});

	it('gives CSL-JSON: the record itself, as a list', () => {
		expect(JSON.parse(citations.cslJson)).toEqual([cslRecord(paper, url)]);
	});
});
