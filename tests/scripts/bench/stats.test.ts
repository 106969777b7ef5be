import { describe, expect, it } from 'vitest';
import { median, ratio } from '../../../scripts/bench/stats.ts';

describe('median', () => {
	it('is the middle value of an odd count, whatever the order', () => {
		expect(median([9, 1, 5])).toBe(5);
	});

	it('is the mean of the two middle values of an even count', () => {
		expect(median([4, 1, 3, 10])).toBe(3.5);
	});

	it('is undefined for no values and leaves its input unsorted', () => {
		expect(median([])).toBeUndefined();
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});
});

describe('ratio', () => {
	it('divides the project value by the stock value', () => {
		expect(ratio(110, 100)).toBeCloseTo(1.1);
	});

	it('is undefined when a value is missing or stock is zero', () => {
		expect(ratio(undefined, 1)).toBeUndefined();
		expect(ratio(1, undefined)).toBeUndefined();
		expect(ratio(1, 0)).toBeUndefined();
	});
});
