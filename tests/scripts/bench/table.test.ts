import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatRatio,
	formatSeconds,
	formatTable,
} from '../../../scripts/bench/table.ts';

describe('formatTable', () => {
	const table = formatTable(
		['name', 'size'],
		[
			['a', '1.0 kB'],
			['longer name', '10 B'],
		],
		['left', 'right']
	);
	const lines = table.split('\n');

	it('pads every line to the same width so the columns line up', () => {
		expect(new Set(lines.map((line) => line.length)).size).toBe(1);
		const pipes = (line: string) =>
			[...line].flatMap((char, index) => (char === '|' ? [index] : []));
		expect(new Set(lines.map((line) => pipes(line).join(','))).size).toBe(1);
	});

	it('is a Markdown table: header, a rule that marks right-aligned columns, then the rows', () => {
		expect(lines).toHaveLength(4);
		expect(lines[1]).toMatch(/^\|-+\|-+:\|$/);
		expect(lines[2]).toBe('| a           | 1.0 kB |');
		expect(lines[3]).toBe('| longer name |   10 B |');
	});
});

describe('number formats', () => {
	it('writes bytes in decimal units', () => {
		expect(formatBytes(999)).toBe('999 B');
		expect(formatBytes(40_000)).toBe('40.0 kB');
		expect(formatBytes(1_234_567)).toBe('1.2 MB');
		expect(formatBytes(undefined)).toBe('n/a');
	});

	it('writes seconds and ratios with fixed decimals, n/a when unknown', () => {
		expect(formatSeconds(61.26)).toBe('61.3 s');
		expect(formatRatio(1.104)).toBe('1.10');
		expect(formatSeconds(undefined)).toBe('n/a');
		expect(formatRatio(undefined)).toBe('n/a');
	});
});
