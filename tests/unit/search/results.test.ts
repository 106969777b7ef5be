import { describe, expect, it } from 'vitest';
import { resultDetails, resultsMessage } from '#src/search/results.ts';

describe('result text', () => {
	it('describes a result by type, area and review date, leaving out what is missing', () => {
		expect(resultDetails({ type: 'Guidance', area: 'Edge', lastReviewed: '2026-11-27' })).toBe(
			'Guidance · Edge · Last reviewed 2026-11-27'
		);
		expect(resultDetails({ type: 'Charter' })).toBe('Charter');
	});

	it('announces the count, the query and the facets chosen', () => {
		expect(resultsMessage('rollback', { area: 'edge' }, 1)).toBe(
			'1 result for “rollback” in Edge.'
		);
		expect(resultsMessage('', { type: 'landscape', status: 'review' }, 16)).toBe(
			'16 results in Landscape, In review.'
		);
		expect(resultsMessage('zzz', {}, 0)).toBe('No results for “zzz”.');
	});
});
