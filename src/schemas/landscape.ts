import { z } from 'astro/zod';
import { calendarDate, factSource, httpsUrl } from './common.ts';

/**
 * One container OS of the landscape. Every field is a value or the literal `unknown`, and every value that is
 * not `unknown` names its source under `sources` with the same key: a reader can follow any cell to the page
 * that states it. An empty list says "none documented" and needs no source. Closed sets are enums; open ones
 * (init system, base) are short text.
 */
const unknown = z.literal('unknown');
const text = z.string().min(1);
const orUnknown = <T extends z.ZodType>(schema: T) => z.union([schema, unknown]);
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum([...values, 'unknown']);
const yesNo = choice(['yes', 'no']);

export const architectures = [
	'x86_64',
	'aarch64',
	'armv7',
	'armv6',
	'riscv64',
	'ppc64le',
	's390x',
] as const;
export const configurationMechanisms = [
	'ignition',
	'cloud-init',
	'api-settings',
	'machine-config',
	'combustion',
	'cloud-config',
	'config-json',
	'gadget-snap',
	'other',
] as const;

/** The fields that carry facts, in the order readers see them; each needs a source when filled. */
export const landscapeFields = {
	homepage: orUnknown(httpsUrl),
	repository: orUnknown(httpsUrl),
	steward: orUnknown(text),
	license: orUnknown(text),
	cncfStatus: choice(['none', 'sandbox', 'incubating', 'graduated']),
	lifecycle: z.enum(['active', 'maintenance', 'end-of-life']),
	endOfLife: calendarDate.optional(),
	base: orUnknown(text),
	init: orUnknown(text),
	runtimes: orUnknown(z.array(text)),
	packageManager: orUnknown(text),
	access: choice(['ssh', 'host-container', 'api-only']),
	architectures: orUnknown(z.array(z.enum(architectures)).min(1)),
	updateModel: choice([
		'ab-partitions',
		'ostree',
		'transactional-snapshots',
		'image-swap',
		'package-based',
		'snap',
	]),
	updateOrchestration: orUnknown(z.array(text)),
	rollback: choice(['automatic', 'manual', 'none']),
	configuration: orUnknown(z.array(z.enum(configurationMechanisms)).min(1)),
	readOnlyRoot: choice(['yes', 'partial', 'no']),
	verity: yesNo,
	mac: choice(['selinux-enforcing', 'selinux-permissive', 'apparmor', 'none']),
	secureBoot: yesNo,
	measuredBoot: yesNo,
	diskEncryption: yesNo,
	releaseCadence: orUnknown(text),
	lts: yesNo,
	ltsMonths: orUnknown(z.number().int().positive()),
	kubernetesVersions: orUnknown(text),
	capiBootstrap: orUnknown(text),
	wasm: choice(['available', 'not-available']),
	orchestrators: orUnknown(z.array(text)),
};
export type LandscapeField = keyof typeof landscapeFields;
export const landscapeFieldNames = Object.keys(landscapeFields) as [
	LandscapeField,
	...LandscapeField[],
];

export const landscapeSchema = z
	.strictObject({
		name: text,
		summary: z.string().min(20).max(400),
		...landscapeFields,
		lastVerified: calendarDate,
		sources: z.partialRecord(z.enum(landscapeFieldNames), factSource),
		notes: z.partialRecord(z.enum([...landscapeFieldNames, 'summary']), text).optional(),
	})
	.superRefine((entry, context) => {
		for (const field of landscapeFieldNames) {
			const value = entry[field];
			if (isFilled(value) && !entry.sources[field]) {
				context.addIssue({
					code: 'custom',
					path: [field],
					input: value,
					message: `expected a source for this value under sources.${field} (or the value unknown)`,
				});
			}
		}
		if ((entry.lifecycle === 'end-of-life') !== (entry.endOfLife !== undefined)) {
			context.addIssue({
				code: 'custom',
				path: ['endOfLife'],
				input: entry.endOfLife,
				message: 'expected endOfLife (a date) exactly when lifecycle is end-of-life',
			});
		}
		if (entry.lts !== 'yes' && entry.ltsMonths !== 'unknown') {
			context.addIssue({
				code: 'custom',
				path: ['ltsMonths'],
				input: entry.ltsMonths,
				message: 'expected unknown when lts is not yes',
			});
		}
	});
export type LandscapeEntry = z.infer<typeof landscapeSchema>;

/** A value that states a fact, and so needs a source: not `unknown`, not an empty "none documented" list. */
export function isFilled(value: unknown): boolean {
	return (
		value !== undefined && value !== 'unknown' && !(Array.isArray(value) && value.length === 0)
	);
}
