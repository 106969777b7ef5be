import { z } from 'astro/zod';
import { isDate } from '#src/lifecycle/dates.ts';
import { calendarDate, calendarDateOr, factSource, httpsUrl } from './common.ts';
import { lifecycleKinds } from './lifecycle-kinds.ts';

/**
 * Release lines of one product with their support dates. A date the sources do not give is `unknown`, never
 * left out: a blank end date would read as "supported forever". Every date given names its source.
 */
const unknownDate = calendarDateOr('unknown');
const dateFields = ['released', 'standardEnd', 'extendedEnd'] as const;

export const releaseLineSchema = z
	.strictObject({
		id: z.string({ error: 'expected a text id; quote version numbers, e.g. "1.35"' }).min(1),
		released: unknownDate,
		/**
		 * `while-current` for a rolling channel (Flatcar Stable, say): each release is supported until the next
		 * one ships, so a node that keeps updating is always supported and the channel itself has no end.
		 */
		standardEnd: calendarDateOr('unknown', 'while-current'),
		/** End of extended (paid, vendor or LTS) support; `none` when none is offered. */
		extendedEnd: calendarDateOr('unknown', 'none').optional(),
		lts: z.boolean().default(false),
		sources: z.partialRecord(z.enum(dateFields), factSource),
		notes: z.string().optional(),
	})
	.superRefine((line, context) => {
		for (const field of dateFields) {
			const value = line[field];
			if ((isDate(value) || value === 'while-current') && !line.sources[field]) {
				context.addIssue({
					code: 'custom',
					path: [field],
					input: value,
					message: `expected a source for this date under sources.${field}`,
				});
			}
		}
		if (line.standardEnd === 'while-current' && isDate(line.extendedEnd)) {
			context.addIssue({
				code: 'custom',
				path: ['extendedEnd'],
				input: line.extendedEnd,
				message:
					'expected none or no extendedEnd for a rolling channel (standardEnd: while-current)',
			});
		}
		if (isDate(line.released) && isDate(line.standardEnd) && line.standardEnd < line.released) {
			context.addIssue({
				code: 'custom',
				path: ['standardEnd'],
				input: line.standardEnd,
				message: `expected a date on or after the release (${line.released})`,
			});
		}
		if (
			isDate(line.standardEnd) &&
			isDate(line.extendedEnd) &&
			line.extendedEnd < line.standardEnd
		) {
			context.addIssue({
				code: 'custom',
				path: ['extendedEnd'],
				input: line.extendedEnd,
				message: `expected a date on or after the end of standard support (${line.standardEnd})`,
			});
		}
	});
export type ReleaseLine = z.infer<typeof releaseLineSchema>;

export const lifecycleSchema = z
	.strictObject({
		name: z.string().min(1),
		kind: z.enum(lifecycleKinds),
		homepage: httpsUrl,
		lastVerified: calendarDate,
		policy: z.string().min(20),
		policySource: httpsUrl,
		lines: z.array(releaseLineSchema),
		compatibility: z
			.array(
				z.strictObject({
					line: z.string(),
					kubernetes: z.array(z.string()).optional(),
					containerd: z.string().optional(),
					kernel: z.string().optional(),
					/**
					 * The first release of the line the source lists for these Kubernetes minors, e.g. `1.7.28` (a
					 * runtime's support table names a minimum patch per minor; one entry per minimum).
					 */
					minimum: z
						.string()
						.regex(/^\d+\.\d+\.\d+$/, { error: 'expected a release such as "1.7.28", quoted' })
						.optional(),
					source: httpsUrl,
				})
			)
			.optional(),
	})
	.superRefine((product, context) => {
		const ids = new Set<string>();
		product.lines.forEach((line, index) => {
			if (ids.has(line.id))
				context.addIssue({
					code: 'custom',
					path: ['lines', index, 'id'],
					input: line.id,
					message: 'expected a unique line id',
				});
			ids.add(line.id);
		});
		product.compatibility?.forEach((edge, index) => {
			if (!ids.has(edge.line)) {
				context.addIssue({
					code: 'custom',
					path: ['compatibility', index, 'line'],
					input: edge.line,
					message: "expected the id of one of this product's lines",
				});
			} else if (edge.minimum !== undefined && !edge.minimum.startsWith(`${edge.line}.`)) {
				context.addIssue({
					code: 'custom',
					path: ['compatibility', index, 'minimum'],
					input: edge.minimum,
					message: `expected a release of line ${edge.line}, e.g. "${edge.line}.0"`,
				});
			}
		});
	});
export type Lifecycle = z.infer<typeof lifecycleSchema>;
