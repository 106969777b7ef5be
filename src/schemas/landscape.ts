import { z } from 'astro/zod';
import { calendarDate, factSource } from './common.ts';
import { landscapeFieldNames, landscapeFields } from './landscape-fields.ts';

/**
 * One container OS of the landscape: the fields of landscape-fields.ts, each a value or the literal `unknown`,
 * and every value that is not `unknown` names its source under `sources` with the same key: a reader can follow
 * any cell to the page that states it. An empty list says "none documented" and needs no source.
 */
const text = z.string().min(1);

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
/** An entry with its id, the file name without `.yaml`. */
export type LandscapeOs = LandscapeEntry & { id: string };

/** A value that states a fact, and so needs a source: not `unknown`, not an empty "none documented" list. */
export function isFilled(value: unknown): boolean {
	return (
		value !== undefined && value !== 'unknown' && !(Array.isArray(value) && value.length === 0)
	);
}
