import { describe, expect, it } from 'vitest';
import { searchStateFrom, searchStateTo } from '#src/search/state.ts';

describe('search state in the URL', () => {
	it('reads the query and known facet choices', () => {
		expect(searchStateFrom('?q=secure+boot&type=landscape&area=bogus&utm=x')).toEqual({
			query: 'secure boot',
			choices: { type: 'landscape' },
		});
		expect(searchStateFrom('')).toEqual({ query: '', choices: {} });
	});

	it('writes it back, keeping other parameters and dropping empty ones', () => {
		expect(
			searchStateTo('?utm=x&area=edge', { query: ' rollback ', choices: { type: 'guidance' } })
		).toBe('?utm=x&q=rollback&type=guidance');
		expect(searchStateTo('?q=old', { query: '', choices: {} })).toBe('');
	});

	it('round-trips', () => {
		const state = {
			query: 'kernel lts',
			choices: { type: 'guidance', area: 'lts', status: 'review' },
		} as const;
		expect(searchStateFrom(searchStateTo('', state))).toEqual(state);
	});
});
