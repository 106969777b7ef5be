import { displayValue, fieldGroups, fieldLabels, matrixColumns } from '#src/landscape/fields.ts';
import type { LandscapeField } from '#src/schemas/landscape-fields.ts';
import type { LandscapeEntry } from '#src/schemas/landscape.ts';
import { unknownKey, verdictOf, type Verdict } from './compare-verdict.ts';

/**
 * The rows of a comparison: the landscape fields, grouped as on the OS pages, each with a key per entry that
 * stands for its value and the verdict over the entries compared. The keys go into the page, so the compare
 * page's script can mark the rows again for whichever entries a reader picks without knowing the values.
 */
export interface CompareRow {
	field: LandscapeField;
	label: string;
	/** One key per entry, in the order the entries were given. */
	keys: string[];
	verdict: Verdict | undefined;
}

export interface CompareGroup {
	title: string;
	rows: CompareRow[];
}

/**
 * A short key for a value: equal values get equal keys, whatever the order of a list's items. A hash keeps a
 * long free-text value from being written into the page a second time.
 */
export function valueKey(value: unknown): string {
	if (value === 'unknown') return unknownKey;
	const normal = Array.isArray(value)
		? JSON.stringify([...value].map(String).sort())
		: JSON.stringify(value ?? null);
	// FNV-1a, 32 bits: enough to tell a few dozen values of one field apart.
	let hash = 0x811c9dc5;
	for (const character of normal) {
		hash ^= character.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/** Every group with the fields that at least one of the entries has (an end of life only where one has it). */
export function compareGroups(entries: readonly LandscapeEntry[]): CompareGroup[] {
	return fieldGroups.map((group) => ({
		title: group.title,
		rows: group.fields
			.filter((field) => entries.some((entry) => entry[field] !== undefined))
			.map((field) => {
				const keys = entries.map((entry) => valueKey(entry[field]));
				return { field, label: fieldLabels[field], keys, verdict: verdictOf(keys) };
			}),
	}));
}

export interface FieldDifference {
	field: LandscapeField;
	label: string;
	/** Each entry's value as readers see it, in the order the entries were given. */
	values: string[];
}

/**
 * The headline fields (the matrix's columns) sorted by verdict, for the summary of a pair page: what differs,
 * what is the same, and what cannot be compared because a source is missing.
 */
export function headlineComparison(
	entries: readonly LandscapeEntry[]
): Record<Verdict, FieldDifference[]> {
	const result: Record<Verdict, FieldDifference[]> = { different: [], same: [], unknown: [] };
	for (const field of matrixColumns) {
		const verdict = verdictOf(entries.map((entry) => valueKey(entry[field])));
		if (!verdict) continue;
		result[verdict].push({
			field,
			label: fieldLabels[field],
			values: entries.map((entry) => displayValue(field, entry[field])),
		});
	}
	return result;
}

/** How many fields differ, agree or are unknown for at least one entry, over all groups. */
export function verdictCounts(groups: readonly CompareGroup[]): Record<Verdict, number> {
	const counts: Record<Verdict, number> = { different: 0, same: 0, unknown: 0 };
	for (const row of groups.flatMap((group) => group.rows)) if (row.verdict) counts[row.verdict]++;
	return counts;
}
