import { describe, expect, it } from 'vitest';
import { comparisonTable, landscapeTableSystems } from '#src/landscape/comparison-table.ts';
import { exampleLandscapeEntry } from '../schemas/helpers.ts';

const example = exampleLandscapeEntry();
const first = {
	...example,
	id: 'first-os',
	name: 'First OS',
	lastVerified: '2026-11-01',
	notes: { rollback: 'Falls back after three failed boots.' },
};
const second = {
	...example,
	id: 'second-os',
	name: 'Second OS',
	lastVerified: '2026-12-04',
	lifecycle: 'end-of-life' as const,
	endOfLife: '2025-06-30',
	notes: { updateModel: 'Writes the other partition.', rollback: 'Manual only.' },
};

describe('comparisonTable', () => {
	it('makes one row per OS and one cell per field, in the order asked for', () => {
		const table = comparisonTable(
			[first, second],
			['rollback', 'updateModel'],
			['second-os', 'first-os']
		);
		expect(table.columns).toEqual(['rollback', 'updateModel']);
		expect(table.rows.map((row) => row.os.id)).toEqual(['second-os', 'first-os']);
		expect(table.rows[0]?.cells.map((cell) => cell.field)).toEqual(['rollback', 'updateModel']);
	});

	it("numbers the entries' notes for the shown cells row by row, and leaves other notes out", () => {
		const table = comparisonTable([first, second], ['rollback'], ['second-os', 'first-os']);
		expect(table.notes).toEqual([
			{ number: 1, osName: 'Second OS', field: 'rollback', text: 'Manual only.' },
			{
				number: 2,
				osName: 'First OS',
				field: 'rollback',
				text: 'Falls back after three failed boots.',
			},
		]);
		expect(table.rows.map((row) => row.cells[0]?.note)).toEqual([1, 2]);
	});

	it('shows a column the way the matrix does, e.g. lifecycle with its end date', () => {
		const table = comparisonTable([second], ['lifecycle'], ['second-os']);
		expect(table.rows[0]?.cells[0]).toEqual({ field: 'endOfLife', text: 'End of life 2025-06-30' });
	});

	it('gives the span of days on which the shown entries were verified', () => {
		expect(
			comparisonTable([first, second], ['rollback'], ['first-os', 'second-os']).verified
		).toEqual({
			from: '2026-11-01',
			to: '2026-12-04',
		});
	});

	it('names every unknown field and OS id at once', () => {
		expect(() => comparisonTable([first], ['rollbak', 'rollback'], ['first-os', 'no-os'])).toThrow(
			'LandscapeTable: no landscape field rollbak (fields are listed in src/schemas/landscape-fields.ts); no landscape entry no-os (entries are content/landscape/<id>.yaml)'
		);
	});
});

describe('landscapeTableSystems', () => {
	it('reads the OS ids of every LandscapeTable in an MDX body', () => {
		const body = [
			'Text that mentions talos.',
			'<LandscapeTable fields={["rollback"]} systems={["flatcar", "talos"]} caption="A" />',
			'<LandscapeTable\n\tid="second"\n\tfields={[\'init\']}\n\tsystems={[\'cos\']}\n\tcaption="B"\n/>',
		].join('\n');
		expect(landscapeTableSystems(body)).toEqual(['flatcar', 'talos', 'cos']);
	});
});
