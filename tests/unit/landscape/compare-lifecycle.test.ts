import { describe, expect, it } from 'vitest';
import { currentLines } from '#src/landscape/compare-lifecycle.ts';
import { fixtureProducts, product } from '../lifecycle/products.ts';

const streamOs = product(fixtureProducts(), 'stream-os');

describe('current release lines of a compared OS', () => {
	it('keeps lines in standard support, with their ends and sources', () => {
		const [a, b] = currentLines(streamOs, '2026-01-15');
		expect(a).toMatchObject({ id: 'A', state: 'standard', standardEnd: { text: '2026-06-30' } });
		expect(a?.standardEnd.source).toMatch(/^https:/);
		// A's extended end is unknown: no date, and no source for one.
		expect(a?.supportEnd).toEqual({ text: 'unknown (not before 2026-06-30)' });
		expect(b).toMatchObject({ id: 'B', supportEnd: { text: '2030-12-31' } });
		expect(b?.supportEnd.source).toMatch(/^https:/);
	});

	it('keeps a line whose end after standard support no source gives, and drops lines that ended', () => {
		expect(currentLines(streamOs, '2026-12-04').map((line) => [line.id, line.state])).toEqual([
			['A', 'unknown'],
			['B', 'standard'],
		]);
		expect(currentLines(streamOs, '2031-01-01')).toEqual([
			expect.objectContaining({ id: 'A', state: 'unknown' }),
		]);
	});
});
