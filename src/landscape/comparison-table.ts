import { matrixCell } from '#src/landscape/fields.ts';
import { landscapeFieldNames, type LandscapeField } from '#src/schemas/landscape-fields.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';

/**
 * A comparison table of chosen landscape fields for chosen OSs, as guidance pages and whitepapers embed it
 * (src/components/content/LandscapeTable.astro). Pages name fields and OS ids; the values, their sources and the
 * entries' notes come from content/landscape/, so a fact is written once and every table that shows it agrees.
 */
export interface ComparisonCell {
	/** The field whose value the cell shows; a column may show a richer field, e.g. lifecycle its end date. */
	field: LandscapeField;
	text?: string;
	/** Number of the note below the table, when the entry has a note for this column's field. */
	note?: number;
}

export interface ComparisonRow {
	os: LandscapeOs;
	cells: ComparisonCell[];
}

export interface ComparisonNote {
	number: number;
	osName: string;
	field: LandscapeField;
	text: string;
}

export interface ComparisonTable {
	columns: LandscapeField[];
	rows: ComparisonRow[];
	/** The entries' notes for the shown cells, numbered in reading order (row by row). */
	notes: ComparisonNote[];
	/** The oldest and newest day the shown entries were checked against their sources. */
	verified: { from: string; to: string };
}

/** Builds the table, or throws naming every field and OS id the page asks for that the data lacks. */
export function comparisonTable(
	entries: readonly LandscapeOs[],
	fields: readonly string[],
	systems: readonly string[]
): ComparisonTable {
	const byId = new Map(entries.map((os) => [os.id, os]));
	const unknownFields = fields.filter((field) => !isLandscapeField(field));
	const unknownSystems = systems.filter((id) => !byId.has(id));
	const problems = [
		unknownFields.length > 0 &&
			`no landscape field ${unknownFields.join(', ')} (fields are listed in src/schemas/landscape-fields.ts)`,
		unknownSystems.length > 0 &&
			`no landscape entry ${unknownSystems.join(', ')} (entries are content/landscape/<id>.yaml)`,
		fields.length === 0 && 'no fields given',
		systems.length === 0 && 'no systems given',
	].filter((problem): problem is string => typeof problem === 'string');
	if (problems.length > 0) throw new Error(`LandscapeTable: ${problems.join('; ')}`);

	const columns = fields.filter(isLandscapeField);
	const notes: ComparisonNote[] = [];
	const rows = systems.flatMap((id) => {
		const os = byId.get(id);
		if (!os) return [];
		const cells = columns.map((column): ComparisonCell => {
			const cell = matrixCell(os, column);
			const text = os.notes?.[column];
			if (!text) return cell;
			const number = notes.length + 1;
			notes.push({ number, osName: os.name, field: column, text });
			return { ...cell, note: number };
		});
		return [{ os, cells }];
	});
	const days = rows.map((row) => row.os.lastVerified).sort();
	return {
		columns,
		rows,
		notes,
		verified: { from: days[0] ?? '', to: days[days.length - 1] ?? '' },
	};
}

function isLandscapeField(name: string): name is LandscapeField {
	return (landscapeFieldNames as readonly string[]).includes(name);
}

/**
 * The OS ids the LandscapeTable components of an MDX body show, read from their `systems={[...]}` attribute: a
 * page that compares an OS in such a table discusses it as much as one that links to its landscape page.
 */
export function landscapeTableSystems(body: string): string[] {
	const lists = body.matchAll(/<LandscapeTable\b[^>]*?\bsystems=\{\[([^\]]*)\]\}/g);
	return [...lists].flatMap((list) =>
		[...(list[1] ?? '').matchAll(/['"]([^'"]+)['"]/g)].map((id) => id[1] ?? '')
	);
}
