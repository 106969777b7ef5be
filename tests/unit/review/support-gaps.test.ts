import { describe, expect, it } from 'vitest';
import type { LifecycleProduct } from '#src/lifecycle/support.ts';
import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import {
	productsWithoutSupportedLine,
	supportGaps,
	unsupportedLineState,
} from '#src/review/support-gaps.ts';

const line = (
	id: string,
	released: string,
	standardEnd: string,
	extendedEnd?: string
): ReleaseLine => ({
	id,
	released,
	standardEnd,
	...(extendedEnd === undefined ? {} : { extendedEnd }),
	lts: false,
	sources: {},
});

const product = (id: string, lines: ReleaseLine[]): LifecycleProduct => ({
	id,
	data: {
		name: id,
		kind: 'os',
		homepage: 'https://example.org/',
		lastVerified: '2026-11-20',
		policy: 'An invented support policy for tests.',
		policySource: 'https://example.org/',
		lines,
	},
});

describe('productsWithoutSupportedLine', () => {
	const today = '2026-12-04';
	const ended = product('ended', [line('1', '2024-01-01', '2025-01-01', 'none')]);
	const unknownEnd = product('unknown-end', [line('1', '2025-01-01', 'unknown')]);
	const extendedUnknown = product('extended-unknown', [
		line('1', '2025-01-01', '2026-06-30', 'unknown'),
	]);
	const upcoming = product('upcoming', [line('2', '2027-01-01', '2028-01-01')]);
	const extended = product('extended', [line('1', '2025-01-01', '2026-06-30', '2027-06-30')]);
	const standard = product('standard', [
		line('1', '2024-01-01', '2025-01-01', 'none'),
		line('2', '2026-01-01', '2027-01-01', 'none'),
	]);

	it('lists a product whose lines are all ended, not yet released or of unknown end', () => {
		expect(
			productsWithoutSupportedLine(
				[ended, unknownEnd, extendedUnknown, upcoming, extended, standard],
				new Set(),
				today
			).map((entry) => entry.id)
		).toEqual(['ended', 'unknown-end', 'extended-unknown', 'upcoming']);
	});

	it('leaves out a product whose project has reached its end of life', () => {
		expect(productsWithoutSupportedLine([ended], new Set(['ended']), today)).toEqual([]);
	});

	it('says where an unsupported line stands', () => {
		expect(unsupportedLineState(line('1', '2024-01-01', '2025-01-01', 'none'), today)).toBe(
			'support ended 2025-01-01'
		);
		expect(unsupportedLineState(line('1', '2025-01-01', '2026-06-30', 'unknown'), today)).toBe(
			'standard support ended 2026-06-30; the end of any further support is unknown'
		);
		expect(unsupportedLineState(line('1', 'unknown', 'unknown'), today)).toBe(
			'the end of support is unknown'
		);
		expect(unsupportedLineState(line('2', '2027-01-01', '2028-01-01'), today)).toBe(
			'not released until 2027-01-01'
		);
	});
});

describe('supportGaps', () => {
	const root = 'tests/fixtures/sources/site';

	it('reads the lifecycle files, skips ended projects, and places each gap at its lines', () => {
		expect(supportGaps(root, '2026-12-04')).toEqual([
			{
				file: 'content/lifecycles/example-stream.yaml',
				line: 8,
				column: 3,
				name: 'Example stream',
				lineCount: 2,
				lastLine:
					'1.1: standard support ended 2026-06-30; the end of any further support is unknown',
			},
		]);
	});

	it('finds none on a day when every maintained product has a line in support', () => {
		expect(supportGaps(root, '2026-03-01')).toEqual([]);
	});
});
