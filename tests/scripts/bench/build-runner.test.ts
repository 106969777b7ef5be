import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeReport } from '../../../scripts/bench/build-runner.ts';

describe('parseTimeReport', () => {
	const report = readFileSync('tests/fixtures/bench/time-verbose.txt', 'utf8');
	const line = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1]);

	it("reads the largest process's peak memory in bytes and the CPU time of all processes from GNU time's report", () => {
		expect(parseTimeReport(report)).toEqual({
			maxResidentBytes: line('Maximum resident set size \\(kbytes\\)') * 1024,
			cpuSeconds: line('User time \\(seconds\\)') + line('System time \\(seconds\\)'),
		});
	});

	it('names the line it could not find', () => {
		expect(() => parseTimeReport('Exit status: 0')).toThrow('Maximum resident set size');
	});
});
