import { displayValue, fieldLabels } from '#src/landscape/fields.ts';
import type { LandscapeField } from '#src/schemas/landscape-fields.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';

/**
 * The container-OS paper's properties × projects matrix: how strictly each landscape entry meets each defining
 * property, computed from its landscape values (content/landscape/*.yaml) by the rules below, so the figure changes
 * only when the data or a rule does. Each property reads one to three fields; each field value scores 1 (met),
 * 0.5 (partly met) or 0 (not met). The rules are printed with the figure, so a reader can check any cell.
 */

/** How strictly an entry meets a property. */
export type Strictness = 'strict' | 'partial' | 'not-met' | 'unknown';

export const strictnessLabels: Record<Strictness, string> = {
	strict: 'Strict',
	partial: 'Partial',
	'not-met': 'Not met',
	unknown: 'Unknown',
};

/** One field a property reads, and the score each of its values gets; undefined means the value is unknown. */
interface Criterion {
	field: LandscapeField;
	score: (value: unknown) => number | undefined;
	/** The scoring rule in words, printed with the figure. */
	rule: string;
}

export interface Property {
	id: string;
	/** Short name for the matrix's column head. */
	short: string;
	label: string;
	criteria: Criterion[];
}

/** Scores a closed-set value by a table; any value the table leaves out (including `unknown`) is unknown. */
const byValue =
	(scores: Record<string, number>) =>
	(value: unknown): number | undefined =>
		typeof value === 'string' ? scores[value] : undefined;

/** A free-text package manager: `none` says the host has none; a transactional tool confines changes. */
function packageManagerScore(value: unknown): number | undefined {
	if (typeof value !== 'string' || value === 'unknown') return undefined;
	if (/^none\b/i.test(value)) return 1;
	return /rpm-ostree|transactional-update/.test(value) ? 0.5 : 0;
}

/** Extensions: none documented (containers only) or image-scoped extensions keep the host image whole. */
function extensionScore(value: unknown): number | undefined {
	if (!Array.isArray(value)) return undefined;
	if (value.length === 0) return 1;
	return value.includes('package-layering') ? 0.5 : 1;
}

/** Any declarative format counts; `other` alone names no declarative mechanism. */
function configurationScore(value: unknown): number | undefined {
	if (!Array.isArray(value)) return undefined;
	return value.some((format) => format !== 'other') ? 1 : 0.5;
}

const yesNo = byValue({ yes: 1, no: 0 });

export const containerOsProperties: Property[] = [
	{
		id: 'immutable',
		short: 'Immutable image',
		label: 'An immutable, verified OS image',
		criteria: [
			{
				field: 'readOnlyRoot',
				score: byValue({ yes: 1, partial: 0.5, no: 0 }),
				rule: 'read-only OS files: yes 1, partial ½, no 0',
			},
			{ field: 'verity', score: yesNo, rule: 'dm-verity or equivalent on by default: yes 1, no 0' },
		],
	},
	{
		id: 'minimal',
		short: 'Closed host',
		label: 'A minimal surface with no login on the host',
		criteria: [
			{
				field: 'access',
				score: byValue({ 'api-only': 1, 'host-container': 0.5, ssh: 0 }),
				rule: 'host access: API only 1, shell only in a host container ½, SSH 0',
			},
		],
	},
	{
		id: 'updates',
		short: 'Atomic updates',
		label: 'Image-based, atomic updates with rollback',
		criteria: [
			{
				field: 'updateModel',
				score: byValue({
					'ab-partitions': 1,
					ostree: 1,
					'transactional-snapshots': 1,
					'image-swap': 1,
					snap: 0.5,
					'package-based': 0,
				}),
				rule: 'update model: A/B, OSTree, snapshots or image swap 1, snaps ½, packages 0',
			},
			{
				field: 'rollback',
				score: byValue({ automatic: 1, manual: 0.5, none: 0 }),
				rule: 'rollback: automatic 1, manual ½, none 0',
			},
		],
	},
	{
		id: 'declarative',
		short: 'Declarative config',
		label: 'Declarative or API-driven configuration',
		criteria: [
			{
				field: 'configuration',
				score: configurationScore,
				rule: 'a documented declarative format (Ignition, API settings, machine config, cloud-init, …) 1',
			},
		],
	},
	{
		id: 'containers',
		short: 'Containers only',
		label: 'The container runtime as the application interface',
		criteria: [
			{
				field: 'packageManager',
				score: packageManagerScore,
				rule: 'package manager on the host: none 1, transactional (rpm-ostree, transactional-update) ½, other 0',
			},
			{
				field: 'extensions',
				score: extensionScore,
				rule: 'extensions: none, sysext or install-time images 1, package layering ½',
			},
		],
	},
	{
		id: 'trust',
		short: 'Chain of trust',
		label: 'A verified chain of trust from firmware to updates',
		criteria: [
			{ field: 'secureBoot', score: yesNo, rule: 'Secure Boot path published: yes 1, no 0' },
			{ field: 'measuredBoot', score: yesNo, rule: 'measured boot into a TPM: yes 1, no 0' },
			{ field: 'updateSigning', score: yesNo, rule: 'node verifies signed updates: yes 1, no 0' },
		],
	},
];

/** What one criterion found in one entry, for the text equivalent. */
export interface CriterionFinding {
	field: LandscapeField;
	label: string;
	value: string;
	score: number | undefined;
}

export interface PropertyCell {
	property: string;
	strictness: Strictness;
	/** Some criteria are unknown: the level counts them as not met, so the entry may meet the property more. */
	atLeast: boolean;
	findings: CriterionFinding[];
}

export interface PropertyRow {
	id: string;
	name: string;
	cells: PropertyCell[];
}

/**
 * The level from the criteria's scores. Unknown criteria count as 0, so the level is a lower bound (`atLeast`);
 * a property none of whose criteria is known is unknown.
 */
export function strictnessOf(scores: readonly (number | undefined)[]): {
	strictness: Strictness;
	atLeast: boolean;
} {
	const known = scores.filter((score): score is number => score !== undefined);
	if (known.length === 0) return { strictness: 'unknown', atLeast: false };
	const atLeast = known.length < scores.length;
	const total = known.reduce((sum, score) => sum + score, 0);
	if (total === scores.length) return { strictness: 'strict', atLeast };
	return { strictness: total === 0 ? 'not-met' : 'partial', atLeast };
}

function cellOf(os: LandscapeOs, property: Property): PropertyCell {
	const findings = property.criteria.map((criterion): CriterionFinding => {
		const value = os[criterion.field];
		return {
			field: criterion.field,
			label: fieldLabels[criterion.field],
			value: displayValue(criterion.field, value),
			score: criterion.score(value),
		};
	});
	return {
		property: property.id,
		...strictnessOf(findings.map((finding) => finding.score)),
		findings,
	};
}

/** One row per entry, in the order given, one cell per property. */
export function propertyMatrix(
	entries: readonly LandscapeOs[],
	properties: readonly Property[] = containerOsProperties
): PropertyRow[] {
	return entries.map((os) => ({
		id: os.id,
		name: os.name,
		cells: properties.map((property) => cellOf(os, property)),
	}));
}

/** How many entries meet each property at each level: the figure's summary sentence per property. */
export function strictnessCounts(
	rows: readonly PropertyRow[],
	properties: readonly Property[] = containerOsProperties
): Record<string, Record<Strictness, number>> {
	return Object.fromEntries(
		properties.map((property, index) => {
			const counts: Record<Strictness, number> = {
				strict: 0,
				partial: 0,
				'not-met': 0,
				unknown: 0,
			};
			for (const row of rows) {
				const cell = row.cells[index];
				if (cell) counts[cell.strictness] += 1;
			}
			return [property.id, counts];
		})
	);
}
