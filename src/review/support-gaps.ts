import { contentCollections } from '#src/collections.ts';
import { entryIdOf } from '#src/content-source/entry-id.ts';
import { readSite } from '#src/content-source/read-site.ts';
import { isDate } from '#src/lifecycle/dates.ts';
import {
	standardEndOf,
	supportEndOf,
	supportStateOn,
	type LifecycleProduct,
} from '#src/lifecycle/support.ts';
import { lifecycleSchema, type ReleaseLine } from '#src/schemas/lifecycle.ts';

/** A product still maintained whose data gives it no line in support on the day of the report. */
export interface SupportGap {
	/** The lifecycle file, relative to the root. */
	file: string;
	/** Where its lines are listed. */
	line: number;
	column: number;
	name: string;
	/** Its last listed line (files list them oldest first) and where it stands, e.g. `1.1: support ended …`. */
	lastLine: string;
	lineCount: number;
}

/**
 * Products with no line supported on `today`: every line ended, not yet released, or with an end the sources
 * do not give. Products whose landscape entry (same file name) says the project reached its end of life are
 * left out: for them no supported line is the truth. For a maintained product it means the data missed a new
 * line or a new end date, or the project publishes none; the site then shows no way to stay supported.
 */
export function productsWithoutSupportedLine(
	products: readonly LifecycleProduct[],
	endedProjects: ReadonlySet<string>,
	today: string
): LifecycleProduct[] {
	return products.filter(
		(product) =>
			!endedProjects.has(product.id) &&
			!product.data.lines.some((line) =>
				['standard', 'extended'].includes(supportStateOn(line, today))
			)
	);
}

/** Where one line stands on `today`, for a product none of whose lines is supported. */
export function unsupportedLineState(line: ReleaseLine, today: string): string {
	const state = supportStateOn(line, today);
	if (state === 'not-yet-released') return `not released until ${line.released}`;
	const support = supportEndOf(line);
	if (support.known) return `support ended ${support.date}`;
	const standard = standardEndOf(line);
	return standard.known
		? `standard support ended ${standard.date}; the end of any further support is unknown`
		: `${isDate(line.released) ? `released ${line.released}; ` : ''}the end of support is unknown`;
}

/** The support gaps of the lifecycle files under `root`. Files the checker refuses are left to it. */
export function supportGaps(root: string, today: string): SupportGap[] {
	const site = readSite(root, contentCollections);
	const endedProjects = new Set(
		(site.files.get('landscape') ?? []).flatMap((content) => {
			const data: unknown = content.source.data;
			return data &&
				typeof data === 'object' &&
				'lifecycle' in data &&
				data.lifecycle === 'end-of-life'
				? [entryIdOf(content.pathInBase)]
				: [];
		})
	);
	const files = (site.files.get('lifecycles') ?? []).flatMap((content) => {
		const parsed = lifecycleSchema.safeParse(content.source.data);
		return parsed.success
			? [{ content, product: { id: entryIdOf(content.pathInBase), data: parsed.data } }]
			: [];
	});
	const gaps = new Set(
		productsWithoutSupportedLine(
			files.map(({ product }) => product),
			endedProjects,
			today
		)
	);
	return files.flatMap(({ content, product }) => {
		if (!gaps.has(product)) return [];
		const last = product.data.lines.at(-1);
		return [
			{
				file: content.file,
				...content.source.locate(['lines']),
				name: product.data.name,
				lastLine: last ? `${last.id}: ${unsupportedLineState(last, today)}` : 'no lines',
				lineCount: product.data.lines.length,
			},
		];
	});
}
