import { z } from 'astro/zod';

/**
 * A calendar date written as YYYY-MM-DD. YAML parsers disagree on dates: Astro's turns `2025-02-30` into
 * 2025-03-02 before zod sees it, so the project's own checker reads YAML without timestamp conversion and
 * this schema rejects any string that is not a real day. Dates that arrive as Date objects (Astro's loader)
 * are accepted and normalised to the same string form, so both paths produce identical data.
 */
export const calendarDate = calendarDateOr();

/** A calendar date, or one of the given words (e.g. `unknown`) where a date may honestly be missing. */
export function calendarDateOr<const Word extends string>(...words: Word[]) {
	const alternatives = words.map((word) => `, or ${word}`).join('');
	return (
		z
			.union([z.string(), z.date()], {
				error: `expected a date written as YYYY-MM-DD${alternatives}`,
			})
			.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)))
			.refine(
				(value): value is Word | string =>
					(words as string[]).includes(value) || isRealCalendarDate(value),
				{
					error: `expected a real calendar date written as YYYY-MM-DD${alternatives}`,
				}
			)
			// What the exported JSON Schema says of the value: the transform itself has no JSON Schema form.
			.meta({
				type: 'string',
				pattern: `^(\\d{4}-\\d{2}-\\d{2}${words.map((word) => `|${word}`).join('')})$`,
			})
	);
}

export function isRealCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** An absolute https URL: readers follow these links, so plain http and relative URLs are refused. */
export const httpsUrl = z.url({
	protocol: /^https$/,
	error: 'expected an absolute https:// URL',
});

/** A GitHub user or team handle, without the leading @. */
export const githubHandle = z
	.string()
	.regex(/^[A-Za-z\d](?:[A-Za-z\d-]{0,38})(?:\/[A-Za-z\d][A-Za-z\d-]*)?$/, {
		error: 'expected a GitHub handle such as octocat or org/team, without @',
	});

/** Lowercase words joined by dashes; used for tags, slugs and ids. */
export const kebabCase = z.string().regex(/^[a-z\d]+(?:-[a-z\d]+)*$/, {
	error: 'expected lowercase words joined by dashes, e.g. ab-partitions',
});

/** The most words an evidence quote may have: enough to state one fact, short enough to be a fair quotation. */
export const evidenceMaxWords = 30;

/**
 * Where one data fact comes from. Written either as the source's URL alone, or with the words of the source
 * that state the fact (copied exactly, shown to readers as a quotation) and the day someone read them there.
 * Both forms parse to the same object, so pages and exports read `url`, `evidence` and `verified` alike.
 */
export const factSource = z.preprocess(
	(value) => (typeof value === 'string' ? { url: value } : value),
	z
		.strictObject({
			url: httpsUrl,
			evidence: z
				.string()
				.trim()
				.min(1)
				.refine((quote) => quote.split(/\s+/).length <= evidenceMaxWords, {
					error: `expected a quotation of at most ${evidenceMaxWords} words`,
				})
				.optional(),
			verified: calendarDate.optional(),
		})
		.refine((fact) => (fact.evidence === undefined) === (fact.verified === undefined), {
			error:
				'expected evidence and verified together: the quote and the day it was read at the url',
			path: ['verified'],
		})
);
export type FactSource = z.output<typeof factSource>;

export const source = z.strictObject({
	title: z.string().min(3),
	url: httpsUrl,
});
export type Source = z.infer<typeof source>;
