import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionsMatching, whitepaperSections } from '#src/browse/whitepaper-sections.ts';

const body = readFileSync('tests/fixtures/whitepaper-sections/body.mdx', 'utf8');

describe('whitepaper sections', () => {
	it('lists ## and ### headings with the ids rehype-slug gives them, counting repeats over every depth', () => {
		expect(whitepaperSections(body)).toEqual([
			{ depth: 2, text: 'Executive summary', slug: 'executive-summary' },
			{ depth: 2, text: 'Risks', slug: 'risks' },
			{ depth: 3, text: 'Skew risk', slug: 'skew-risk' },
			// The #### "Risks" took risks-1.
			{ depth: 3, text: 'Risks', slug: 'risks-2' },
			{ depth: 2, text: 'The containerd support window', slug: 'the-containerd-support-window' },
		]);
	});

	it('returns nothing for a body that does not parse, rather than failing the build of the area pages', () => {
		expect(whitepaperSections('## Fine\n\n<Unclosed')).toEqual([]);
	});

	it('matches keywords anywhere in a heading, ignoring case', () => {
		const sections = whitepaperSections(body);
		expect(sectionsMatching(sections, ['CONTAINERD']).map((section) => section.slug)).toEqual([
			'the-containerd-support-window',
		]);
		expect(sectionsMatching(sections, ['skew', 'summary']).map((section) => section.slug)).toEqual([
			'executive-summary',
			'skew-risk',
		]);
		expect(sectionsMatching(sections, [])).toEqual([]);
	});
});
