import { describe, expect, it } from 'vitest';
import { lifecycleSchema } from '#src/schemas/lifecycle.ts';
import { lineOf, problemsOf, replaceLine } from '../schemas/helpers.ts';
import { readFileSync } from 'node:fs';

/**
 * The rules the timeline relies on, checked on a fixture of this folder (tests/unit/schemas/lifecycle.test.ts
 * covers the same rules on the checker's fixture): no end before a start, no silent end, no unsourced date.
 */
const cloud = readFileSync('tests/fixtures/lifecycle/cloud.yaml', 'utf8');
const stream = readFileSync('tests/fixtures/lifecycle/stream-os.yaml', 'utf8');

describe('lifecycle schema, as the timeline needs it', () => {
	it('accepts the fixtures', () => {
		expect(problemsOf(lifecycleSchema, cloud)).toEqual([]);
		expect(problemsOf(lifecycleSchema, stream)).toEqual([]);
	});

	it('accepts a rolling channel only with a source, and without a dated extended end', () => {
		const rolling = replaceLine(stream, 'standardEnd: 2026-06-30', 'standardEnd: while-current');
		expect(
			problemsOf(lifecycleSchema, replaceLine(rolling, 'extendedEnd: unknown', 'extendedEnd: none'))
		).toEqual([]);
		const unsourced = replaceLine(
			replaceLine(rolling, 'extendedEnd: unknown', 'extendedEnd: none'),
			'      standardEnd:\n        url: https://example.org/os/a/\n        evidence: "Example words that state this fact."\n        verified: 2026-11-01\n',
			''
		);
		expect(problemsOf(lifecycleSchema, unsourced)).toEqual([
			expect.stringContaining(
				'lines.0.standardEnd a source for this date under sources.standardEnd'
			),
		]);
		expect(
			problemsOf(
				lifecycleSchema,
				replaceLine(stream, 'standardEnd: 2027-12-31', 'standardEnd: while-current')
			)
		).toEqual([
			expect.stringContaining('lines.1.extendedEnd none or no extendedEnd for a rolling channel'),
		]);
	});

	it('rejects a line whose standard support ends before its release', () => {
		expect(
			problemsOf(
				lifecycleSchema,
				replaceLine(cloud, 'standardEnd: 2026-09-01', 'standardEnd: 2025-06-30')
			)
		).toEqual([
			'10 lines.0.standardEnd a date on or after the release (2025-07-01) | "2025-06-30"',
		]);
	});

	it('rejects extended support that ends before standard support', () => {
		expect(
			problemsOf(
				lifecycleSchema,
				replaceLine(cloud, 'extendedEnd: 2027-09-01', 'extendedEnd: 2026-08-31')
			)
		).toEqual([
			'11 lines.0.extendedEnd a date on or after the end of standard support (2026-09-01) | "2026-08-31"',
		]);
	});

	it('rejects an undated end of standard support unless it says unknown', () => {
		for (const blank of ['standardEnd: ""', 'standardEnd:', 'standardEnd: TBD']) {
			expect(
				problemsOf(lifecycleSchema, replaceLine(cloud, 'standardEnd: 2026-09-01', blank))
			).toHaveLength(1);
		}
		expect(
			problemsOf(lifecycleSchema, replaceLine(cloud, '    standardEnd: 2026-09-01\n', ''))
		).toEqual(['8 lines.0.standardEnd a value (the field is required) | nothing']);
	});

	it('rejects a date without its source, for every date field', () => {
		expect(
			problemsOf(
				lifecycleSchema,
				replaceLine(
					cloud,
					'      released:\n        url: https://example.org/cloud/versions/\n        evidence: "Example words that state this fact."\n        verified: 2026-11-01\n',
					''
				)
			)
		).toEqual(['9 lines.0.released a source for this date under sources.released | "2025-07-01"']);
		expect(
			problemsOf(
				lifecycleSchema,
				replaceLine(
					stream,
					'      standardEnd:\n        url: https://example.org/os/b/\n        evidence: "Example words that state this fact."\n        verified: 2026-11-01\n',
					''
				)
			)
		).toEqual([
			`${lineOf(stream, 'standardEnd: 2027-12-31')} lines.1.standardEnd a source for this date under sources.standardEnd | "2027-12-31"`,
		]);
	});
});
