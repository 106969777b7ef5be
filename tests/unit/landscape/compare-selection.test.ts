import { describe, expect, it } from 'vitest';
import { queryWithSelection, selectionFromQuery } from '#src/landscape/compare-selection.ts';

const known = ['bottlerocket', 'flatcar', 'talos', 'kairos', 'cos'];

describe('compare page selection in the URL', () => {
	it('reads known ids in the order given, without repeats, at most four', () => {
		expect(selectionFromQuery('?os=flatcar,bottlerocket', known)).toEqual([
			'flatcar',
			'bottlerocket',
		]);
		expect(selectionFromQuery('?os=flatcar,nope,flatcar, talos', known)).toEqual([
			'flatcar',
			'talos',
		]);
		expect(selectionFromQuery('?os=cos,kairos,talos,flatcar,bottlerocket', known)).toHaveLength(4);
		expect(selectionFromQuery('', known)).toEqual([]);
	});

	it('writes a readable list and keeps other parameters', () => {
		expect(queryWithSelection('?ref=talk', ['bottlerocket', 'flatcar'])).toBe(
			'?ref=talk&os=bottlerocket,flatcar'
		);
		expect(queryWithSelection('?os=talos', [])).toBe('');
	});

	it('round-trips', () => {
		const ids = ['talos', 'kairos', 'cos'];
		expect(selectionFromQuery(queryWithSelection('', ids), known)).toEqual(ids);
	});
});
