import { describe, expect, it } from 'vitest';
import { compareValues, readState, rowMatches, writeState } from '#src/landscape/filter.ts';

const names = ['updateModel', 'lts'];

describe('landscape matrix state', () => {
	it('reads only known filters and the sort order from the query string', () => {
		expect(readState('?lts=yes&bogus=1&sort=name&order=desc', names)).toEqual({
			filters: { lts: 'yes' },
			sort: { key: 'name', descending: true },
		});
		expect(readState('', names)).toEqual({ filters: {} });
	});

	it('writes a state back, keeping unrelated parameters and dropping empty filters', () => {
		expect(
			writeState('?utm=talk&lts=no', names, {
				filters: { updateModel: 'ostree' },
				sort: { key: 'lts', descending: false },
			})
		).toBe('?utm=talk&updateModel=ostree&sort=lts');
		expect(writeState('?lts=no', names, { filters: {} })).toBe('');
	});

	it('round-trips', () => {
		const state = {
			filters: { updateModel: 'ab-partitions', lts: 'yes' },
			sort: { key: 'name', descending: true },
		};
		expect(readState(writeState('', names, state), names)).toEqual(state);
	});

	it('matches a row only when every chosen filter agrees', () => {
		const row = { updateModel: 'ostree', lts: 'no' };
		expect(rowMatches(row, {})).toBe(true);
		expect(rowMatches(row, { updateModel: 'ostree' })).toBe(true);
		expect(rowMatches(row, { updateModel: 'ostree', lts: 'yes' })).toBe(false);
	});

	it('sorts numbers naturally and keeps unknown values last in both directions', () => {
		const values = ['Yes, 18 months', 'Unknown', 'Yes, 9 months', '', 'Yes, 120 months'];
		const ascending = [...values].sort((a, b) => compareValues(a, b, false));
		const descending = [...values].sort((a, b) => compareValues(a, b, true));
		expect(ascending.slice(0, 3)).toEqual(['Yes, 9 months', 'Yes, 18 months', 'Yes, 120 months']);
		expect(descending.slice(0, 3)).toEqual(['Yes, 120 months', 'Yes, 18 months', 'Yes, 9 months']);
		expect(ascending.slice(3).sort()).toEqual(['', 'Unknown']);
		expect(descending.slice(3).sort()).toEqual(['', 'Unknown']);
	});
});
