import { describe, expect, it } from 'vitest';
import { Random, ZipfSampler } from '../../../scripts/bench/random.ts';

const draw = (random: Random, count: number) => Array.from({ length: count }, () => random.next());

describe('Random', () => {
	it('gives the same sequence for the same seed and another for another seed', () => {
		expect(draw(new Random(7), 50)).toEqual(draw(new Random(7), 50));
		expect(draw(new Random(7), 50)).not.toEqual(draw(new Random(8), 50));
	});

	it('draws floats in [0, 1) and integers within both bounds, reaching each bound', () => {
		const random = new Random(1);
		expect(draw(random, 1000).every((value) => value >= 0 && value < 1)).toBe(true);
		const integers = Array.from({ length: 1000 }, () => random.int(3, 6));
		expect(new Set(integers)).toEqual(new Set([3, 4, 5, 6]));
	});

	it('refuses to pick from an empty list', () => {
		expect(() => new Random(1).pick([])).toThrow('empty');
	});
});

describe('ZipfSampler', () => {
	it('draws rank r about 1/(r+1) as often as rank 0', () => {
		const random = new Random(3);
		const sampler = new ZipfSampler(100);
		const counts = new Array<number>(100).fill(0);
		for (let index = 0; index < 200_000; index++) counts[sampler.rank(random)]! += 1;
		const first = counts[0] as number;
		for (const rank of [1, 3, 9]) {
			expect((counts[rank] as number) / first).toBeCloseTo(1 / (rank + 1), 1);
		}
		expect(counts.every((count) => count > 0)).toBe(true);
	});
});
