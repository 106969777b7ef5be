import { describe, expect, it } from 'vitest';
import {
	earliestEnd,
	standardEndOf,
	supportEndOf,
	supportStateOn,
	type SupportEnd,
} from '#src/lifecycle/support.ts';
import { fixtureProducts, line } from './products.ts';

const products = fixtureProducts();
const kube10 = line(products, 'kube', '1.0');
const cloud11 = line(products, 'cloud', '1.1');
const osA = line(products, 'stream-os', 'A');
const osB = line(products, 'stream-os', 'B');
const containerd20 = line(products, 'containerd', '2.0');
const containerd21 = line(products, 'containerd', '2.1');

describe('end of support of one line', () => {
	it('ends with standard support when no extended support is offered', () => {
		expect(supportEndOf(kube10)).toEqual({ known: true, date: '2026-03-01' });
	});

	it('ends with extended support when it is dated', () => {
		expect(standardEndOf(cloud11)).toEqual({ known: true, date: '2026-09-01' });
		expect(supportEndOf(cloud11)).toEqual({ known: true, date: '2027-09-01' });
	});

	it('is unknown, but not before the standard end, when extended support has no published end', () => {
		expect(supportEndOf(osA)).toEqual({ known: false, notBefore: '2026-06-30' });
	});

	it('is unknown without a bound when even the standard end is unknown', () => {
		expect(standardEndOf(containerd21)).toEqual({ known: false });
		expect(supportEndOf(containerd21)).toEqual({ known: false });
	});

	it('treats a missing extended end as unknown rather than as none', () => {
		expect(supportEndOf({ ...kube10, extendedEnd: undefined })).toEqual({
			known: false,
			notBefore: '2026-03-01',
		});
	});

	it('tells standard, extended, ended, unknown and future apart on a given day', () => {
		expect(supportStateOn(cloud11, '2026-09-01')).toBe('standard');
		expect(supportStateOn(cloud11, '2026-09-02')).toBe('extended');
		expect(supportStateOn(cloud11, '2027-09-02')).toBe('ended');
		expect(supportStateOn(osA, '2026-07-01')).toBe('unknown');
		expect(supportStateOn(containerd21, '2026-01-01')).toBe('unknown');
		expect(supportStateOn(kube10, '2024-12-31')).toBe('not-yet-released');
		expect(supportStateOn(osB, '2026-01-01')).toBe('standard');
	});
});

describe('a rolling channel', () => {
	const stable = {
		...osA,
		id: 'Stable',
		standardEnd: 'while-current',
		extendedEnd: 'none',
	} as const;

	it('has no end and is in standard support once released', () => {
		expect(standardEndOf(stable)).toEqual({ known: false, rolling: true });
		expect(supportEndOf(stable)).toEqual({ known: false, rolling: true });
		expect(supportStateOn(stable, '2030-01-01')).toBe('standard');
		expect(supportStateOn(stable, '2024-12-31')).toBe('not-yet-released');
	});

	it('never ends a stack first, and leaves it without an end when every part rolls', () => {
		expect(earliestEnd([stable, kube10], supportEndOf)).toEqual({
			known: true,
			date: '2026-03-01',
			endingFirst: [kube10],
		});
		expect(earliestEnd([stable], supportEndOf)).toEqual({ known: false, unknownEnds: [] });
	});
});

describe('earliest end of a stack', () => {
	const named = (name: string, end: SupportEnd) => ({ name, end });
	const endOf = (item: { end: SupportEnd }) => item.end;

	it('is the earliest date when every end is known, with every component ending that day', () => {
		const items = [
			named('kube 1.0', supportEndOf(kube10)),
			named('cloud 1.1', supportEndOf(cloud11)),
			named('containerd 2.0', supportEndOf(containerd20)),
		];
		expect(earliestEnd(items, endOf)).toEqual({
			known: true,
			date: '2026-01-31',
			endingFirst: [items[2]],
		});
		const tie = [
			named('a', { known: true, date: '2026-01-01' }),
			named('b', { known: true, date: '2026-01-01' }),
		];
		expect(earliestEnd(tie, endOf)).toEqual({ known: true, date: '2026-01-01', endingFirst: tie });
	});

	it('counts extended support when asked: the dated extended end of a managed service comes after upstream', () => {
		const items = [named('cloud 1.1', supportEndOf(cloud11)), named('os B', supportEndOf(osB))];
		expect(earliestEnd(items, endOf)).toMatchObject({ known: true, date: '2027-09-01' });
		expect(
			earliestEnd(items, (item) =>
				item.name === 'cloud 1.1' ? standardEndOf(cloud11) : standardEndOf(osB)
			)
		).toMatchObject({ known: true, date: '2026-09-01' });
	});

	it('stays known when an unknown end cannot come first (its lower bound is after the earliest date)', () => {
		const items = [
			named('containerd 2.0', supportEndOf(containerd20)),
			named('os A', supportEndOf(osA)),
		];
		expect(earliestEnd(items, endOf)).toEqual({
			known: true,
			date: '2026-01-31',
			endingFirst: [items[0]],
		});
	});

	it('says unknown, naming the unknown end, when an unknown end could come before the earliest known date', () => {
		const items = [named('cloud 1.1', supportEndOf(cloud11)), named('os A', supportEndOf(osA))];
		const result = earliestEnd(items, endOf);
		expect(result).toEqual({
			known: false,
			unknownEnds: [items[1]],
			earliestKnown: { date: '2027-09-01', endingFirst: [items[0]] },
		});
		expect(result).not.toHaveProperty('date');
	});

	it('says unknown when an end has no bound at all, even if it is the only unknown', () => {
		const items = [
			named('kube 1.0', supportEndOf(kube10)),
			named('containerd 2.1', supportEndOf(containerd21)),
		];
		expect(earliestEnd(items, endOf)).toEqual({
			known: false,
			unknownEnds: [items[1]],
			earliestKnown: { date: '2026-03-01', endingFirst: [items[0]] },
		});
	});

	it('says unknown with no earliest known date when nothing is dated', () => {
		const items = [named('containerd 2.1', supportEndOf(containerd21))];
		expect(earliestEnd(items, endOf)).toEqual({ known: false, unknownEnds: items });
	});

	it('refuses an empty stack', () => {
		expect(() => earliestEnd([], endOf)).toThrow();
	});
});
