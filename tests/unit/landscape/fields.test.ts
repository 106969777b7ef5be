import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
	displayValue,
	fieldGroups,
	matrixCell,
	matrixColumns,
	matrixFilters,
} from '#src/landscape/fields.ts';
import {
	landscapeFieldDescriptors,
	landscapeFieldNames,
	landscapeFields,
} from '#src/schemas/landscape-fields.ts';
import { exampleLandscapeEntry } from '../schemas/helpers.ts';

const entry = exampleLandscapeEntry();

describe('landscape field descriptors', () => {
	it('put every field in exactly one group of the OS page, in reading order', () => {
		expect(fieldGroups.flatMap((group) => group.fields)).toEqual(landscapeFieldNames);
		expect(fieldGroups.every((group) => group.fields.length > 0)).toBe(true);
	});

	it('give each matrix column and filter its own position', () => {
		const columns = matrixColumns.map((field) => landscapeFieldDescriptors[field].column);
		expect(new Set(columns).size).toBe(columns.length);
		const filters = matrixFilters.map((filter) => filter.position);
		expect(new Set(filters).size).toBe(filters.length);
		expect(matrixColumns[0]).toBe('lifecycle');
		expect(matrixFilters.map((filter) => filter.name)).toEqual([
			'updateModel',
			'cncfStatus',
			'lts',
			'capi',
			'lifecycle',
		]);
	});

	it('define and label every value a closed-set field accepts', () => {
		for (const field of landscapeFieldNames) {
			const { values } = landscapeFieldDescriptors[field] as {
				values?: Record<string, { label: string; definition: string }>;
			};
			if (!values) continue;
			const accepts = (value: unknown) => z.safeParse(landscapeFields[field], value).success;
			for (const [value, meaning] of Object.entries(values)) {
				expect(accepts(value) || accepts([value]), `${field}: ${value}`).toBe(true);
				expect(meaning.label, `${field}: ${value}`).not.toBe('');
				expect(meaning.definition, `${field}: ${value}`).toMatch(/\S.*\.$/);
			}
			expect(accepts('no-such-value') || accepts(['no-such-value']), field).toBe(false);
		}
	});

	it('show values by their labels, lists joined, and an empty list as none documented', () => {
		expect(displayValue('updateModel', 'ab-partitions')).toBe('A/B partitions');
		expect(displayValue('architectures', ['x86_64', 'aarch64'])).toBe('x86_64, aarch64');
		expect(displayValue('updateOrchestration', [])).toBe('None documented');
		expect(displayValue('packageManager', 'none')).toBe('None');
		expect(displayValue('secureBoot', 'unknown')).toBe('Unknown');
		expect(displayValue('ltsMonths', 18)).toBe('18');
	});

	it('let a column show more than its value, from the same entry', () => {
		expect(matrixCell({ ...entry, lts: 'yes', ltsMonths: 24 }, 'lts')).toEqual({
			field: 'lts',
			text: 'Yes, 24 months',
		});
		expect(matrixCell({ ...entry, lts: 'no', ltsMonths: 'unknown' }, 'lts')).toEqual({
			field: 'lts',
		});
		expect(
			matrixCell({ ...entry, lifecycle: 'end-of-life', endOfLife: '2024-01-01' }, 'lifecycle')
		).toEqual({ field: 'endOfLife', text: 'End of life 2024-01-01' });
	});

	it('derive the Cluster API filter from the provider text', () => {
		const capi = matrixFilters.find((filter) => filter.name === 'capi');
		expect(capi?.valueOf({ ...entry, capiBootstrap: 'unknown' })).toBe('unknown');
		expect(capi?.valueOf({ ...entry, capiBootstrap: 'None; use the API' })).toBe('none');
		expect(capi?.valueOf({ ...entry, capiBootstrap: 'CABPT' })).toBe('provider');
	});
});
