import { describe, expect, it } from 'vitest';
import { areas } from '../../../src/schemas/guidance.ts';
import { contentTypeOf, contentTypes, facets, knownFacetChoices, searchMetadataFor } from '../../../src/search/facets.ts';

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

describe('search metadata of a page', () => {
	it('gives guidance its area as a filter id and as a label for the result', () => {
		const data = { area: 'lts', status: 'review', lastReviewed: '2026-11-27', description: 'Support windows, compared.' } as const;
		expect(searchMetadataFor('/guidance/lts/', '/', data)).toEqual({
			filters: { type: 'guidance', area: 'lts', status: 'review' },
			meta: { type: contentTypes.guidance, area: areas.lts, lastReviewed: '2026-11-27', description: 'Support windows, compared.' },
		});
	});

	it('leaves out what a page does not have', () => {
		expect(searchMetadataFor('/charter/', '/', { status: 'published' })).toEqual({
			filters: { type: 'charter', status: 'published' },
			meta: { type: contentTypes.charter },
		});
	});
});

describe('facet choices from a URL', () => {
	it('keeps known values of known facets only', () => {
		expect(knownFacetChoices({ type: 'guidance', area: 'no-such-area', status: 'review', q: 'boot' })).toEqual({ type: 'guidance', status: 'review' });
	});

	it('accepts every value each facet offers', () => {
		for (const facet of facets) {
			for (const value of Object.keys(facet.values)) expect(knownFacetChoices({ [facet.name]: value })).toEqual({ [facet.name]: value });
		}
	});
});
