import { describe, expect, it } from 'vitest';
import {
	containerOsProperties,
	propertyMatrix,
	strictnessCounts,
	strictnessOf,
} from '#src/whitepapers/figures/container-os-properties.ts';
import { exampleLandscapeEntry } from '../../schemas/helpers.ts';

const example = exampleLandscapeEntry();
/** API only, A/B with automatic rollback, verity on, no package manager; Secure Boot and TPM unknown. */
const strictOs = { ...example, id: 'strict-os', name: 'Strict OS' };
/** A package-based host with SSH: what a general-purpose distribution looks like in the data. */
const generalOs = {
	...example,
	id: 'general-os',
	name: 'General OS',
	access: 'ssh' as const,
	packageManager: 'dnf (RPM)',
	extensions: [],
	updateModel: 'package-based' as const,
	rollback: 'none' as const,
	readOnlyRoot: 'no' as const,
	verity: 'no' as const,
	secureBoot: 'no' as const,
	measuredBoot: 'no' as const,
	updateSigning: 'no' as const,
};

const cellOf = (row: ReturnType<typeof propertyMatrix>[number] | undefined, property: string) =>
	row?.cells.find((cell) => cell.property === property);

describe('strictnessOf', () => {
	it('is strict only when every criterion is fully met', () => {
		expect(strictnessOf([1, 1])).toEqual({ strictness: 'strict', atLeast: false });
		expect(strictnessOf([1, 0.5])).toEqual({ strictness: 'partial', atLeast: false });
		expect(strictnessOf([0, 0])).toEqual({ strictness: 'not-met', atLeast: false });
	});

	it('counts an unknown criterion as not met and says the level is a lower bound', () => {
		expect(strictnessOf([1, undefined])).toEqual({ strictness: 'partial', atLeast: true });
		expect(strictnessOf([0, undefined])).toEqual({ strictness: 'not-met', atLeast: true });
	});

	it('is unknown when no criterion is known', () => {
		expect(strictnessOf([undefined, undefined])).toEqual({ strictness: 'unknown', atLeast: false });
	});
});

describe('propertyMatrix', () => {
	const [strict, general] = propertyMatrix([strictOs, generalOs]);

	it('makes one row per entry and one cell per property, in order', () => {
		expect([strict?.id, general?.id]).toEqual(['strict-os', 'general-os']);
		expect(strict?.cells.map((cell) => cell.property)).toEqual(
			containerOsProperties.map((property) => property.id)
		);
	});

	it('rates an API-only, verified, A/B image strictly on image, access and updates', () => {
		expect(cellOf(strict, 'immutable')?.strictness).toBe('strict');
		expect(cellOf(strict, 'minimal')?.strictness).toBe('strict');
		expect(cellOf(strict, 'updates')?.strictness).toBe('strict');
		expect(cellOf(strict, 'declarative')?.strictness).toBe('strict');
	});

	it('rates a package-based host with SSH as not meeting the image, access and update properties', () => {
		expect(cellOf(general, 'immutable')?.strictness).toBe('not-met');
		expect(cellOf(general, 'minimal')?.strictness).toBe('not-met');
		expect(cellOf(general, 'updates')?.strictness).toBe('not-met');
		expect(cellOf(general, 'trust')).toMatchObject({ strictness: 'not-met', atLeast: false });
	});

	it('gives half credit for a host container, manual rollback and package layering', () => {
		const [row] = propertyMatrix([
			{
				...strictOs,
				access: 'host-container',
				rollback: 'manual',
				packageManager: 'rpm-ostree',
				extensions: ['package-layering'],
			},
		]);
		expect(cellOf(row, 'minimal')?.strictness).toBe('partial');
		expect(cellOf(row, 'updates')?.strictness).toBe('partial');
		expect(cellOf(row, 'containers')?.strictness).toBe('partial');
	});

	it('reports what each criterion found, so the text equivalent can show why', () => {
		const trust = cellOf(strict, 'trust');
		expect(trust).toMatchObject({ strictness: 'unknown', atLeast: false });
		expect(trust?.findings.map((finding) => [finding.field, finding.value])).toEqual([
			['secureBoot', 'Unknown'],
			['measuredBoot', 'Unknown'],
			['updateSigning', 'Unknown'],
		]);
	});
});

describe('strictnessCounts', () => {
	it('counts the entries at each level per property', () => {
		const counts = strictnessCounts(propertyMatrix([strictOs, generalOs]));
		expect(counts['immutable']).toEqual({ strict: 1, partial: 0, 'not-met': 1, unknown: 0 });
		expect(counts['trust']).toEqual({ strict: 0, partial: 0, 'not-met': 1, unknown: 1 });
	});
});
