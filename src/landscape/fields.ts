import {
	fieldGroups as groupTitles,
	landscapeFieldDescriptors,
	landscapeFieldNames,
	type DerivedFilter,
	type LandscapeField,
	type ValueMeaning,
} from '#src/schemas/landscape-fields.ts';
import type { LandscapeEntry } from '#src/schemas/landscape.ts';

/**
 * How readers see the landscape's fields, all derived from their descriptors (src/schemas/landscape-fields.ts):
 * labels, the groups of an OS page, the matrix's columns and filters, and value labels.
 */
const descriptorOf = (field: LandscapeField): DescriptorView => landscapeFieldDescriptors[field];

interface DescriptorView {
	label: string;
	meaning: string;
	group: keyof typeof groupTitles;
	values?: Record<string, ValueMeaning>;
	column?: number;
	cell?: (entry: Readonly<Record<string, unknown>>) => { field: string; text: string } | undefined;
	filter?: number | DerivedFilter;
}

export const fieldLabels = Object.fromEntries(
	landscapeFieldNames.map((field) => [field, descriptorOf(field).label])
) as Record<LandscapeField, string>;

/** The sections of an OS page, each with its fields in reading order. */
export const fieldGroups = Object.entries(groupTitles).map(
	([group, title]): { title: string; fields: LandscapeField[] } => ({
		title,
		fields: landscapeFieldNames.filter((field) => descriptorOf(field).group === group),
	})
);

/** A field's value as text: lists joined, closed-set values named, an empty list read as "none documented". */
export function displayValue(field: LandscapeField, value: LandscapeEntry[LandscapeField]): string {
	if (value === undefined) return '';
	// Free text that says "none" (no package manager, say) reads like the closed sets' None.
	const label = (item: string) =>
		descriptorOf(field).values?.[item]?.label ?? (item === 'none' ? 'None' : item);
	if (Array.isArray(value))
		return value.length === 0 ? 'None documented' : value.map(label).join(', ');
	if (typeof value === 'number') return String(value);
	return value === 'unknown' ? 'Unknown' : label(value);
}

/** The matrix's columns, in their order. */
export const matrixColumns = landscapeFieldNames
	.filter((field) => descriptorOf(field).column !== undefined)
	.sort((a, b) => (descriptorOf(a).column ?? 0) - (descriptorOf(b).column ?? 0));

/** What a matrix cell shows: the field's value, or a richer text its descriptor makes from the entry. */
export function matrixCell(
	entry: LandscapeEntry,
	column: LandscapeField
): { field: LandscapeField; text?: string } {
	const cell = descriptorOf(column).cell?.(entry);
	return cell ? { field: cell.field as LandscapeField, text: cell.text } : { field: column };
}

/** The matrix's filters, in their order: a field's own values, or a value derived from it. */
export const matrixFilters: DerivedFilter[] = landscapeFieldNames
	.flatMap((field): DerivedFilter[] => {
		const { filter, label, values = {} } = descriptorOf(field);
		if (filter === undefined) return [];
		if (typeof filter !== 'number') return [filter];
		return [
			{
				position: filter,
				name: field,
				label,
				values: Object.fromEntries(
					Object.entries(values).map(([value, meaning]) => [value, meaning.label])
				),
				valueOf: (entry) => String(entry[field]),
			},
		];
	})
	.sort((a, b) => a.position - b.position);

/** The rule that gave an entry this value of a closed set; undefined for free text, lists and unknown. */
export function valueMeaning(field: LandscapeField, value: unknown): ValueMeaning | undefined {
	if (typeof value !== 'string' || value === 'unknown') return undefined;
	return descriptorOf(field).values?.[value];
}

/** Every closed-set field with what it records and what each value means, for the value legend. */
export const valueLegend = landscapeFieldNames.flatMap((field) => {
	const { label, meaning, values } = descriptorOf(field);
	return values ? [{ field, label, meaning, values: Object.entries(values) }] : [];
});
