import { landscapeFieldDescriptors } from '#src/schemas/landscape-fields.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';

/**
 * The container-OS paper's update figure: which entries combine which update model with which rollback, a
 * cross-table of two landscape fields. Rows and columns follow the fields' value order in their descriptors
 * (src/schemas/landscape-fields.ts), so a new value appears without a change here; empty rows are left out.
 */
export interface UpdateGridCell {
	rollback: string;
	/** Entries in this cell, by name. */
	systems: { id: string; name: string }[];
}

export interface UpdateGridRow {
	updateModel: string;
	cells: UpdateGridCell[];
}

export interface UpdateGrid {
	/** Rollback values, one column each, with their labels. */
	columns: { value: string; label: string }[];
	rows: (UpdateGridRow & { label: string })[];
}

/** A closed-set field's values with their labels, in the descriptor's order. */
const labelled = (values: Record<string, { label: string }> | undefined) =>
	Object.entries(values ?? {}).map(([value, meaning]) => ({ value, label: meaning.label }));

export function updateGrid(entries: readonly LandscapeOs[]): UpdateGrid {
	const columns = labelled(landscapeFieldDescriptors.rollback.values);
	const models = labelled(landscapeFieldDescriptors.updateModel.values);
	const rows = models
		.map(({ value, label }) => ({
			updateModel: value,
			label,
			cells: columns.map((column) => ({
				rollback: column.value,
				systems: entries
					.filter((os) => os.updateModel === value && os.rollback === column.value)
					.map((os) => ({ id: os.id, name: os.name })),
			})),
		}))
		.filter((row) => row.cells.some((cell) => cell.systems.length > 0));
	return { columns, rows };
}

/** A name broken into lines of at most `max` characters at spaces (a longer word keeps its own line). */
export function wrapText(text: string, max: number): string[] {
	return text.split(' ').reduce<string[]>((lines, word) => {
		const last = lines[lines.length - 1];
		if (last !== undefined && `${last} ${word}`.length <= max) {
			lines[lines.length - 1] = `${last} ${word}`;
			return lines;
		}
		return [...lines, word];
	}, []);
}
