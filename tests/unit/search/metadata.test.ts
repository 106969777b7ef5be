import { describe, expect, it } from 'vitest';
import { areas } from '#src/schemas/areas.ts';
import { contentTypes } from '#src/search/facets.ts';
import { searchMetadataFor } from '#src/search/metadata.ts';

describe('search metadata of a page', () => {
	it('gives guidance its area as a filter id and as a label for the result', () => {
		const data = {
			area: 'lts',
			status: 'review',
			lastReviewed: '2026-11-27',
			description: 'Support windows, compared.',
		} as const;
		expect(searchMetadataFor('/guidance/lts/', '/', data)).toEqual({
			filters: { type: 'guidance', area: 'lts', status: 'review' },
			meta: {
				type: contentTypes.guidance,
				area: areas.lts,
				lastReviewed: '2026-11-27',
				description: 'Support windows, compared.',
			},
		});
	});

	it('leaves out what a page does not have', () => {
		expect(searchMetadataFor('/charter/', '/', { status: 'published' })).toEqual({
			filters: { type: 'charter', status: 'published' },
			meta: { type: contentTypes.charter },
		});
	});
});
