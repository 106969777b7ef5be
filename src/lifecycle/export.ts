import { z } from 'astro/zod';
import { kebabCase } from '#src/schemas/common.ts';
import { lifecycleSchema } from '#src/schemas/lifecycle.ts';
import type { IsoDate } from './dates.ts';
import type { LifecycleProduct } from './support.ts';

/**
 * The machine-readable export at /lifecycles.json and its JSON Schema at /lifecycles.schema.json. Both come
 * from the schema the YAML files are validated with, so the export cannot drift from the data rules.
 * Raise `formatVersion` when a change would break a consumer (a field renamed or removed, a meaning changed).
 */
/** 2: date sources are objects with their url, evidence and verified date (1 had bare URLs). */
export const lifecycleExportFormatVersion = 2;

export const lifecycleExportSchema = z.strictObject({
	formatVersion: z.literal(lifecycleExportFormatVersion),
	/** The build date: "today" for every state the site derives from these dates. */
	generated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** One entry per lifecycle file, keyed by the file name without `.yaml`. */
	products: z.record(kebabCase, lifecycleSchema),
});
export type LifecycleExport = z.input<typeof lifecycleExportSchema>;

export function lifecycleExport(
	products: readonly LifecycleProduct[],
	generated: IsoDate
): LifecycleExport {
	const sorted = [...products].sort((a, b) => a.id.localeCompare(b.id));
	return {
		formatVersion: lifecycleExportFormatVersion,
		generated,
		products: Object.fromEntries(sorted.map((product) => [product.id, product.data])),
	};
}

/** Words the date fields accept besides a date; probed against each field's own schema. */
const dateWords = ['unknown', 'none'];
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * The export's JSON Schema (draft 2020-12), describing what a YAML file may contain (`io: 'input'`). Zod
 * cannot express two things on its own: the date fields accept a string or a YAML date object and then refine
 * the result, which zod renders as `anyOf: [string, {}]`; and https-only URLs come out as any URI. Both are
 * overridden here. Cross-field rules (end after start, a source per date) stay zod-only and are named in the
 * description.
 */
export function lifecycleJsonSchema(schemaUrl: string): Record<string, unknown> {
	const jsonSchema = z.toJSONSchema(lifecycleExportSchema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema: json }) => {
			const def = zodSchema._zod.def;
			if (def.type === 'pipe' && isDateUnion(def.in)) {
				const words = dateWords.filter((word) => z.safeParse(zodSchema, word).success);
				for (const key of Object.keys(json)) delete json[key];
				const date = { type: 'string', format: 'date', pattern: datePattern };
				Object.assign(
					json,
					words.length === 0 ? date : { anyOf: [date, { type: 'string', enum: words }] }
				);
			}
			// A fact's source is written as a bare URL or as an object with its evidence (schemas/common.ts):
			// zod renders only the object, the form both are parsed into.
			if (
				def.type === 'pipe' &&
				def.in._zod.def.type === 'transform' &&
				json['type'] === 'object'
			) {
				const objectForm = { ...json };
				for (const key of Object.keys(json)) delete json[key];
				Object.assign(json, {
					anyOf: [{ type: 'string', format: 'uri', pattern: '^https://' }, objectForm],
				});
			}
			if (
				def.type === 'string' &&
				'protocol' in def &&
				def.protocol instanceof RegExp &&
				def.protocol.test('https') &&
				!def.protocol.test('http')
			) {
				json['pattern'] = '^https://';
			}
		},
	});
	return {
		$schema: jsonSchema['$schema'],
		$id: schemaUrl,
		title: 'wg-sp-os lifecycle data',
		description:
			'Release lines and support dates of Kubernetes, managed Kubernetes services, container OS streams, runtimes and kernels. Also enforced, but not expressible here: a date on or after the release for standardEnd, extendedEnd on or after standardEnd, a source under sources.<field> for every date given, unique line ids, and compatibility entries naming an existing line.',
		...Object.fromEntries(Object.entries(jsonSchema).filter(([key]) => key !== '$schema')),
	};
}

function isDateUnion(schema: unknown): boolean {
	const def = (schema as z.ZodType | undefined)?._zod.def;
	return (
		def?.type === 'union' &&
		'options' in def &&
		(def.options as z.ZodType[]).some((option) => option._zod.def.type === 'date')
	);
}
