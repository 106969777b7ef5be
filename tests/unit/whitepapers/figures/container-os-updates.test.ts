import { describe, expect, it } from 'vitest';
import { updateGrid, wrapText } from '#src/whitepapers/figures/container-os-updates.ts';
import { exampleLandscapeEntry } from '../../schemas/helpers.ts';

const example = exampleLandscapeEntry();
const abAutomatic = { ...example, id: 'ab-os', name: 'AB OS' };
const ostreeManual = {
	...example,
	id: 'tree-os',
	name: 'Tree OS',
	updateModel: 'ostree' as const,
	rollback: 'manual' as const,
};
const abUnknown = { ...example, id: 'dark-os', name: 'Dark OS', rollback: 'unknown' as const };

describe('updateGrid', () => {
	const grid = updateGrid([ostreeManual, abAutomatic, abUnknown]);

	it('has one column per rollback value, in the descriptor order, unknown last', () => {
		expect(grid.columns.map((column) => column.value)).toEqual([
			'automatic',
			'manual',
			'none',
			'unknown',
		]);
	});

	it('keeps only update models some entry uses, in the descriptor order', () => {
		expect(grid.rows.map((row) => row.updateModel)).toEqual(['ab-partitions', 'ostree']);
		expect(grid.rows[0]?.label).toBe('A/B partitions');
	});

	it('puts each entry in the cell of its update model and rollback', () => {
		const names = grid.rows.map((row) =>
			row.cells.map((cell) => cell.systems.map((os) => os.name))
		);
		expect(names).toEqual([
			[['AB OS'], [], [], ['Dark OS']],
			[[], ['Tree OS'], [], []],
		]);
	});
});

describe('wrapText', () => {
	it('breaks at spaces so no line is longer than the limit', () => {
		expect(wrapText('Red Hat Enterprise Linux CoreOS (RHCOS)', 20)).toEqual([
			'Red Hat Enterprise',
			'Linux CoreOS (RHCOS)',
		]);
	});

	it('keeps a short name on one line and an overlong word whole', () => {
		expect(wrapText('Talos Linux', 20)).toEqual(['Talos Linux']);
		expect(wrapText('Supercalifragilistic OS', 10)).toEqual(['Supercalifragilistic', 'OS']);
	});
});
