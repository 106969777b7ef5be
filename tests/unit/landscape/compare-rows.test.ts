import { describe, expect, it } from 'vitest';
import {
	compareGroups,
	headlineComparison,
	valueKey,
	verdictCounts,
} from '#src/landscape/compare-rows.ts';
import { fieldGroups, matrixColumns } from '#src/landscape/fields.ts';
import type { LandscapeEntry } from '#src/schemas/landscape.ts';
import { exampleLandscapeEntry } from '../schemas/helpers.ts';

const base = exampleLandscapeEntry();
const variant = (changes: Partial<LandscapeEntry>): LandscapeEntry => ({ ...base, ...changes });

describe('comparison rows', () => {
	it('keys equal values alike, lists in any order, and unknown as unknown', () => {
		expect(valueKey(['x86_64', 'aarch64'])).toBe(valueKey(['aarch64', 'x86_64']));
		expect(valueKey(['x86_64'])).not.toBe(valueKey(['x86_64', 'aarch64']));
		expect(valueKey('ab-partitions')).not.toBe(valueKey('ostree'));
		expect(valueKey('unknown')).toBe('unknown');
		expect(valueKey(18)).not.toBe(valueKey('18'));
	});

	it('groups the fields as the OS pages do and marks each row for the entries compared', () => {
		const other = variant({ updateModel: 'ostree', rollback: 'unknown' });
		const groups = compareGroups([base, other]);
		expect(groups.map((group) => group.title)).toEqual(fieldGroups.map((group) => group.title));
		const rows = groups.flatMap((group) => group.rows);
		const row = (field: string) => rows.find((candidate) => candidate.field === field);
		expect(row('updateModel')?.verdict).toBe(base.updateModel === 'ostree' ? 'same' : 'different');
		expect(row('rollback')?.verdict).toBe('unknown');
		expect(row('init')?.verdict).toBe(base.init === 'unknown' ? 'unknown' : 'same');
		expect(row('updateModel')?.keys).toHaveLength(2);
	});

	it('leaves out a field no compared entry has, such as an end of life of two active systems', () => {
		const active = variant({ lifecycle: 'active' });
		delete active.endOfLife;
		const fields = compareGroups([active, active]).flatMap((group) =>
			group.rows.map((row) => row.field)
		);
		expect(fields).not.toContain('endOfLife');
		const ended = variant({ lifecycle: 'end-of-life', endOfLife: '2023-12-08' });
		const withEnded = compareGroups([active, ended]).flatMap((group) => group.rows);
		expect(withEnded.find((row) => row.field === 'endOfLife')?.verdict).toBe('different');
	});

	it('sorts the headline fields into differing, same and unknown, with the values readers see', () => {
		const headline = headlineComparison([
			variant({ secureBoot: 'yes' }),
			variant({ secureBoot: 'no' }),
		]);
		const secureBoot = headline.different.find((field) => field.field === 'secureBoot');
		expect(secureBoot?.label).toBe('Secure Boot');
		expect(secureBoot?.values).toEqual(['Yes', 'No']);
		const sorted = [...headline.different, ...headline.same, ...headline.unknown];
		expect(sorted.map((field) => field.field).sort()).toEqual([...matrixColumns].sort());
	});

	it('counts the verdicts over every row', () => {
		const groups = compareGroups([base, base]);
		const counts = verdictCounts(groups);
		expect(counts.different).toBe(0);
		expect(counts.same + counts.unknown).toBe(groups.flatMap((group) => group.rows).length);
	});
});
