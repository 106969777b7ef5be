import { describe, expect, it } from 'vitest';
import { unknownKey, verdictOf } from '#src/landscape/compare-verdict.ts';

describe('comparison verdict', () => {
	it('needs two cells to compare', () => {
		expect(verdictOf([])).toBeUndefined();
		expect(verdictOf(['x'])).toBeUndefined();
	});

	it('is the same only when every value is known and equal', () => {
		expect(verdictOf(['x', 'x', 'x'])).toBe('same');
		expect(verdictOf(['x', 'x', unknownKey])).toBe('unknown');
		expect(verdictOf([unknownKey, unknownKey])).toBe('unknown');
	});

	it('is different when two known values differ, even beside an unknown', () => {
		expect(verdictOf(['x', 'y'])).toBe('different');
		expect(verdictOf(['x', unknownKey, 'y', 'x'])).toBe('different');
	});
});
