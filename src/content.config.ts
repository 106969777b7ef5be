import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contentCollections, type CollectionSpec, type EntrySchemaOf } from './collections.ts';
import { docsCollectionSchema } from './schemas/docs.ts';

/** YAML as the project's checker reads it: YAML 1.2 core, so dates stay text until the schema checks them. */
const parseYaml = (text: string) => parse(text, { schema: 'core' });

/** Astro's collection for a spec of the registry (src/collections.ts), which the checker reads too. */
function astroCollection(spec: CollectionSpec) {
	if (spec.loader === 'starlight-docs') {
		return defineCollection({ loader: docsLoader(), schema: docsCollectionSchema });
	}
	if (spec.entries) {
		const { of, entrySchema } = spec.entries;
		return defineCollection({
			loader: file(`${spec.base}/${spec.pattern}`, { parser: (text) => of(parseYaml(text)) }),
			schema: entrySchema,
		});
	}
	const { generateId } = spec;
	return defineCollection({
		loader: glob({
			pattern: spec.pattern,
			base: `./${spec.base}`,
			...(generateId ? { generateId: ({ entry }) => generateId(entry) } : {}),
		}),
		schema: spec.schema,
	});
}

type Spec = (typeof contentCollections)[number];
/** Each collection typed with its own schema, so getCollection('landscape') returns landscape entries. */
type ContentCollections = {
	[S in Spec as S['name']]: Omit<ReturnType<typeof defineCollection>, 'schema'> & {
		schema: EntrySchemaOf<S>;
	};
};

export const collections = {
	...(Object.fromEntries(
		contentCollections.map((spec) => [spec.name, astroCollection(spec)])
	) as ContentCollections),
	// Starlight's UI strings, changed where the site says it better (src/content/i18n/en.json).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
