import { describe, expect, it } from 'vitest';
import { contentTypeOf, facets, knownFacetChoices } from '#src/search/facets.ts';

describe('content type of a page', () => {
	it('follows the first path segment, with or without a base path', () => {
		expect(contentTypeOf('/guidance/lts/', '/')).toBe('guidance');
		expect(contentTypeOf('/website/whitepapers/lts/', '/website')).toBe('whitepaper');
		expect(contentTypeOf('/landscape/talos/', '/')).toBe('landscape');
		expect(contentTypeOf('/landscape/', '/')).toBe('landscape');
		expect(contentTypeOf('/charter/', '/')).toBe('charter');
		expect(contentTypeOf('/updates/2026-11/', '/')).toBe('update');
	});

	it('calls every other page an other page', () => {
		expect(contentTypeOf('/', '/')).toBe('page');
		expect(contentTypeOf('/glossary/', '/')).toBe('page');
		expect(contentTypeOf('/website/', '/website')).toBe('page');
	});
});

describe('facet choices from a URL', () => {
	it('keeps known values of known facets only', () => {
		expect(
			knownFacetChoices({ type: 'guidance', area: 'no-such-area', status: 'review', q: 'boot' })
		).toEqual({ type: 'guidance', status: 'review' });
	});

	it('accepts every value each facet offers', () => {
		for (const facet of facets) {
			for (const value of Object.keys(facet.values))
				expect(knownFacetChoices({ [facet.name]: value })).toEqual({ [facet.name]: value });
		}
	});
});
