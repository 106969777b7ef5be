import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { osReleasesSchema } from '#src/schemas/releases.ts';
import { lineOf, problemsOf, replaceLine } from './helpers.ts';

const file = readFileSync('tests/fixtures/releases/stream-os.yaml', 'utf8');

describe('releases schema', () => {
	it('accepts streams with a release, with only a line, and a channel without a line', () => {
		expect(problemsOf(osReleasesSchema, file)).toEqual([]);
	});

	it('rejects an unquoted version that YAML reads as a number, at its line', () => {
		const text = replaceLine(file, 'version: "2.0.4"', 'version: 2.1');
		expect(problemsOf(osReleasesSchema, text)).toEqual([
			`${lineOf(text, 'version: 2.1')} streams.0.ships.containerd.version a version written as text, e.g. "1.7.21" or "1.7"; quote it | number 2.1`,
		]);
	});

	it('rejects a runtime provision it does not know and a component it does not track', () => {
		const text = replaceLine(
			replaceLine(file, 'provision: built-in', 'provision: bundled'),
			'      kubernetes:\n        version: "1.1.2"',
			'      runc:\n        version: "1.1.2"'
		);
		const problems = problemsOf(osReleasesSchema, text);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^6 runtime\.provision .*built-in.*\| "bundled"$/);
		expect(problems[1]).toMatch(/^\d+ streams\.0\.ships\.runc /);
	});

	it('rejects two streams on one line', () => {
		const text = replaceLine(file, 'line: "B"', 'line: "A"');
		expect(problemsOf(osReleasesSchema, text)).toEqual([
			`${lineOf(text, '- name: B') + 1} streams.1.line a line not used by another entry of streams | "A"`,
		]);
	});
});
