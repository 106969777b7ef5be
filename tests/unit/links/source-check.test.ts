import { describe, expect, it } from 'vitest';
import type { EvidencedFact } from '#src/links/evidenced-facts.ts';
import { checkSources, type PageResult } from '#src/links/source-check.ts';

const fact = (field: string, url: string, evidence: string): EvidencedFact => ({
	file: 'content/landscape/example.yaml',
	line: 1,
	column: 1,
	field,
	url,
	evidence,
	verified: '2026-11-20',
});

describe('checkSources', () => {
	const facts = [
		fact('sources.a', 'https://example.org/page#one', 'first fact'),
		fact('sources.b', 'https://example.org/page#two', 'second fact'),
		fact('sources.c', 'https://example.org/page', 'third fact'),
		fact('sources.d', 'https://example.org/report.pdf', 'any words'),
		fact('sources.e', 'https://github.com/example/os/blob/main/README.md', 'see the docs'),
	];
	const pages: Record<string, PageResult> = {
		'https://example.org/page': {
			body: '<p>First fact.</p><p>Second <em>fact</em>.</p>',
			contentType: 'text/html',
		},
		'https://example.org/report.pdf': { body: '%PDF-1.7', contentType: 'application/pdf' },
		'https://raw.githubusercontent.com/example/os/main/README.md': {
			body: 'See [the docs](https://example.org/docs).',
			contentType: 'text/plain; charset=utf-8',
		},
	};

	it('reads each page once, however many facts and anchors cite it', async () => {
		const reads: string[] = [];
		const check = await checkSources(
			facts,
			async (address) => {
				reads.push(address);
				return pages[address] ?? { failure: 'HTTP 404' };
			},
			2
		);
		expect(reads.sort()).toEqual(Object.keys(pages).sort());
		expect(check).toMatchObject({ facts: 5, pages: 3 });
	});

	it('lists the facts whose quote is missing with why, in the order given', async () => {
		const check = await checkSources(
			facts,
			async (address) => pages[address] ?? { failure: 'x' },
			4
		);
		expect(check.missing.map((missing) => [missing.field, missing.reason])).toEqual([
			['sources.c', 'not found on the page'],
			['sources.d', 'not a text page (application/pdf)'],
		]);
	});

	it('counts a page that cannot be read against every fact that cites it', async () => {
		const check = await checkSources(facts.slice(0, 3), async () => ({ failure: 'HTTP 503' }), 1);
		expect(check.missing.map((missing) => missing.reason)).toEqual([
			'HTTP 503',
			'HTTP 503',
			'HTTP 503',
		]);
	});
});
