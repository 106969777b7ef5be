import { describe, expect, it } from 'vitest';
import { landscapeSchema } from '#src/schemas/landscape.ts';
import { lineOf, problemsOf, replaceLine, validFixture } from './helpers.ts';

const entry = validFixture('content/landscape/example-os.yaml');

describe('landscape schema', () => {
	it('accepts a complete entry', () => {
		expect(problemsOf(landscapeSchema, entry)).toEqual([]);
	});

	it('rejects a filled field that has no source, at the field', () => {
		const text = replaceLine(entry, 'releaseCadence: unknown', 'releaseCadence: Every two weeks');
		expect(problemsOf(landscapeSchema, text)).toEqual([
			`${lineOf(entry, 'releaseCadence:')} releaseCadence a source for this value under sources.releaseCadence (or the value unknown) | "Every two weeks"`,
		]);
	});

	it('rejects an enum value it does not know, listing the known ones', () => {
		const text = replaceLine(entry, 'updateModel: ab-partitions', 'updateModel: a-b');
		expect(problemsOf(landscapeSchema, text)).toEqual([
			`${lineOf(entry, 'updateModel:')} updateModel one of "ab-partitions" | "ostree" | "transactional-snapshots" | "image-swap" | "package-based" | "snap" | "unknown" | "a-b"`,
		]);
	});

	it('rejects an impossible date instead of rolling it over', () => {
		const text = replaceLine(entry, 'lastVerified: 2026-11-01', 'lastVerified: 2025-13-45');
		expect(problemsOf(landscapeSchema, text)).toEqual([
			`${lineOf(entry, 'lastVerified:')} lastVerified a real calendar date written as YYYY-MM-DD | "2025-13-45"`,
		]);
	});

	it('requires the end-of-life date exactly for end-of-life entries', () => {
		const text = replaceLine(entry, 'lifecycle: active', 'lifecycle: end-of-life');
		expect(problemsOf(landscapeSchema, text)).toEqual([
			'1 endOfLife endOfLife (a date) exactly when lifecycle is end-of-life | nothing',
		]);
	});

	it('rejects a source for a field that does not exist, suggesting the right one', () => {
		const text = replaceLine(entry, 'sources:\n', 'sources:\n  hompage: https://example.org/\n');
		expect(problemsOf(landscapeSchema, text)[0]).toMatch(
			new RegExp(
				`^${lineOf(entry, 'sources:') + 1} sources\\.hompage one of the known fields \\(homepage, repository, `
			)
		);
	});
});
