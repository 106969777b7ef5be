import type { z } from 'astro/zod';
import type { CollectionLocation, ContentFile, Problem } from '#src/content-source/model.ts';
import { docsCollectionSchema, docsSchemasByPath } from '#src/schemas/docs.ts';
import { glossarySchema, glossaryTermSchema } from '#src/schemas/glossary.ts';
import { governanceSchema } from '#src/schemas/governance.ts';
import { landscapeSchema } from '#src/schemas/landscape.ts';
import { lifecycleSchema } from '#src/schemas/lifecycle.ts';
import { paperDataSnapshotSchema } from '#src/schemas/paper-data.ts';
import { osReleasesSchema } from '#src/schemas/releases.ts';
import { updateSchema } from '#src/schemas/update.ts';
import { whitepaperSchema } from '#src/schemas/whitepaper.ts';
import {
	whitepaperRedirectSchema,
	whitepaperRedirectsSchema,
} from '#src/schemas/whitepaper-redirects.ts';
import { checkLandscapeEvidence, checkLifecycleEvidence } from '#src/validation/rules/evidence.ts';
import { checkGuidanceCoverage, checkGuidancePage } from '#src/validation/rules/guidance.ts';
import { checkHeadings } from '#src/validation/rules/headings.ts';
import { checkPageSafety } from '#src/validation/rules/page-safety.ts';
import { checkReviewDate } from '#src/validation/rules/review-date.ts';
import { checkUpdateFileName } from '#src/validation/rules/update-file-name.ts';
import {
	checkWhitepaperLinks,
	checkWhitepaperVersions,
} from '#src/validation/rules/whitepapers.ts';
import { snapshotEntryId, snapshotFilePattern } from '#src/whitepapers/paper-data.ts';
import { whitepaperEntryId, whitepaperFilePattern } from '#src/whitepapers/versions.ts';

/*
 * Rules are declared as methods, which TypeScript checks bivariantly: a spec whose rules take its own typed
 * data still counts as a CollectionSpec where any collection is accepted (the checker's list), and the
 * checker hands each rule only files of its own collection.
 */
export type FileRule<Data> = { check(file: ContentFile<Data>): Problem[] }['check'];
export type CollectionRule<Data> = {
	check(files: readonly ContentFile<Data>[]): Problem[];
}['check'];

/**
 * One content collection, declared once. src/content.config.ts gives it to Astro; the checker (`npm run check`
 * and the build) reads its files, validates each against `schema` and runs its rules.
 */
export interface CollectionSpec<
	Schema extends z.ZodType = z.ZodType,
	EntrySchema extends z.ZodType = Schema,
> extends CollectionLocation {
	/** What one file must satisfy; for the docs collection, chosen by the file's folder (`schemaFor`). */
	schema: Schema;
	schemaFor?: (pathInBase: string) => z.ZodType<z.output<Schema>>;
	/**
	 * How Astro loads the files: Starlight's docs loader; one entry per file (the default, ids from
	 * `generateId` or the path); or one file holding many entries, split by `entries` and each checked again
	 * with `entrySchema`.
	 */
	loader?: 'starlight-docs';
	generateId?: (pathInBase: string) => string;
	entries?: {
		of(document: z.input<Schema>): Record<string, Record<string, unknown>>;
		entrySchema: EntrySchema;
	};
	/** Checks of one file beyond its schema, e.g. of a page's body. */
	fileRules?: FileRule<z.output<Schema>>[];
	/** Checks across the files of the collection, e.g. unique names. */
	collectionRules?: CollectionRule<z.output<Schema>>[];
}

/** Keeps each spec's schema type, so its rules receive typed data. */
const collection = <
	const Name extends string,
	Schema extends z.ZodType,
	EntrySchema extends z.ZodType = Schema,
>(
	spec: CollectionSpec<Schema, EntrySchema> & { name: Name }
) => spec;

/** What every page body must satisfy, guidance or whitepaper: safe to publish and well structured. */
const pageRules = [checkPageSafety, checkHeadings];

/** Optimised images are Astro's business; the checker only needs to know the field is a string path. */
const imageContext = { image: () => ({ parse: (value: unknown) => value }) as never };

/** Every content collection of the site. Starlight's own UI-strings collection (i18n) is not content. */
export const contentCollections = [
	collection({
		name: 'docs',
		base: 'src/content/docs',
		pattern: '**/*.{md,mdx}',
		format: 'frontmatter',
		loader: 'starlight-docs',
		schema: docsCollectionSchema(imageContext),
		schemaFor: docsSchemasByPath(imageContext),
		fileRules: [...pageRules, checkReviewDate, checkGuidancePage],
		collectionRules: [checkGuidanceCoverage],
	}),
	collection({
		name: 'landscape',
		base: 'content/landscape',
		pattern: '*.yaml',
		format: 'yaml',
		schema: landscapeSchema,
		fileRules: [checkLandscapeEvidence],
	}),
	collection({
		name: 'lifecycles',
		base: 'content/lifecycles',
		pattern: '*.yaml',
		format: 'yaml',
		schema: lifecycleSchema,
		fileRules: [checkLifecycleEvidence],
	}),
	collection({
		name: 'releases',
		base: 'content/releases',
		pattern: '*.yaml',
		format: 'yaml',
		schema: osReleasesSchema,
	}),
	collection({
		name: 'whitepapers',
		base: 'content/whitepapers',
		pattern: whitepaperFilePattern,
		format: 'frontmatter',
		schema: whitepaperSchema,
		generateId: whitepaperEntryId,
		fileRules: [...pageRules, checkWhitepaperLinks],
		collectionRules: [checkWhitepaperVersions],
	}),
	collection({
		// JSON is YAML, so the checker reads a snapshot with positions like any YAML file.
		name: 'paperData',
		base: 'content/whitepapers',
		pattern: snapshotFilePattern,
		format: 'yaml',
		schema: paperDataSnapshotSchema,
		generateId: snapshotEntryId,
	}),
	collection({
		name: 'whitepaperRedirects',
		base: 'content/whitepapers',
		pattern: 'redirects.yaml',
		format: 'yaml',
		schema: whitepaperRedirectsSchema,
		entries: {
			of: (document) =>
				Object.fromEntries(document.redirects.map((redirect) => [redirect.from, redirect])),
			entrySchema: whitepaperRedirectSchema,
		},
	}),
	collection({
		name: 'updates',
		base: 'content/updates',
		pattern: '*.md',
		format: 'frontmatter',
		schema: updateSchema,
		fileRules: [...pageRules, checkUpdateFileName],
	}),
	collection({
		name: 'glossary',
		base: 'content',
		pattern: 'glossary.yaml',
		format: 'yaml',
		schema: glossarySchema,
		entries: {
			of: (document) => Object.fromEntries(document.terms.map((term) => [term.slug, term])),
			entrySchema: glossaryTermSchema,
		},
	}),
	collection({
		name: 'governance',
		base: 'content',
		pattern: 'governance.yaml',
		format: 'yaml',
		schema: governanceSchema,
		entries: { of: (document) => ({ current: document }), entrySchema: governanceSchema },
	}),
];

export type CollectionName = (typeof contentCollections)[number]['name'];
/** The checked data of one file of a collection. */
export type DataOf<Name extends CollectionName> = z.output<
	Extract<(typeof contentCollections)[number], { name: Name }>['schema']
>;

/** The schema Astro checks each entry of a collection with: the file's, or one entry's for a split file. */
export type EntrySchemaOf<Spec> =
	Spec extends CollectionSpec<z.ZodType, infer EntrySchema> ? EntrySchema : never;
