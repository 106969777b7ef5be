import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { docsCollectionSchema } from './schemas/docs.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { governanceSchema } from './schemas/governance.ts';
import { landscapeSchema } from './schemas/landscape.ts';
import { lifecycleSchema } from './schemas/lifecycle.ts';
import { updateSchema } from './schemas/update.ts';
import { whitepaperSchema } from './schemas/whitepaper.ts';
import { whitepaperRedirectSchema } from './schemas/whitepaper-redirects.ts';
import { whitepaperEntryId, whitepaperFilePattern } from './whitepapers/versions.ts';

/** YAML as the project's checker reads it: YAML 1.2 core, so dates stay text until the schema checks them. */
const parseYaml = (text: string) => parse(text, { schema: 'core' });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsCollectionSchema }),
	// Starlight's UI strings, changed where the site says it better (src/content/i18n/en.json).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	landscape: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/landscape' }),
		schema: landscapeSchema,
	}),
	lifecycles: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/lifecycles' }),
		schema: lifecycleSchema,
	}),
	whitepapers: defineCollection({
		loader: glob({
			pattern: whitepaperFilePattern,
			base: './content/whitepapers',
			generateId: ({ entry }) => whitepaperEntryId(entry),
		}),
		schema: whitepaperSchema,
	}),
	whitepaperRedirects: defineCollection({
		loader: file('content/whitepapers/redirects.yaml', {
			parser: (text) =>
				Object.fromEntries(
					parseYaml(text).redirects.map((redirect: { from: string }) => [redirect.from, redirect])
				),
		}),
		schema: whitepaperRedirectSchema,
	}),
	updates: defineCollection({
		loader: glob({ pattern: '*.md', base: './content/updates' }),
		schema: updateSchema,
	}),
	glossary: defineCollection({
		loader: file('content/glossary.yaml', {
			parser: (text) =>
				Object.fromEntries(
					parseYaml(text).terms.map((term: { slug: string }) => [term.slug, term])
				),
		}),
		schema: glossaryTermSchema,
	}),
	governance: defineCollection({
		loader: file('content/governance.yaml', { parser: (text) => ({ current: parseYaml(text) }) }),
		schema: governanceSchema,
	}),
};
