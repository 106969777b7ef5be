import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { checkDuplicateRoutes } from './rules/duplicate-routes.ts';
import { checkGuidanceCoverage, checkGuidancePage } from './rules/guidance.ts';
import { checkHeadings } from './rules/headings.ts';
import { checkInternalLinks } from './rules/links.ts';
import { checkPageSafety } from './rules/page-safety.ts';
import { checkReviewDate } from './rules/review-date.ts';
import {
	checkWhitepaperLinks,
	checkWhitepaperRedirects,
	checkWhitepaperVersions,
} from './rules/whitepapers.ts';
import { checkUpdateFileName } from './rules/update-file-name.ts';
import type { ContentFile, SiteContent } from './validate.ts';
import { docsSchemasByPath } from '#src/schemas/docs.ts';
import { glossarySchema } from '#src/schemas/glossary.ts';
import { governanceSchema } from '#src/schemas/governance.ts';
import { landscapeSchema } from '#src/schemas/landscape.ts';
import { lifecycleSchema } from '#src/schemas/lifecycle.ts';
import { updateSchema } from '#src/schemas/update.ts';
import { whitepaperSchema } from '#src/schemas/whitepaper.ts';
import { whitepaperRedirectsSchema } from '#src/schemas/whitepaper-redirects.ts';
import { whitepaperFilePattern } from '#src/whitepapers/versions.ts';

/** How a collection's files carry their data. */
export type FileKind = 'frontmatter' | 'yaml';

export interface CollectionSpec {
	name: string;
	/** Folder relative to the repository root. */
	base: string;
	/** Glob relative to `base`. */
	pattern: string;
	kind: FileKind;
	/** The schema one file must satisfy, given its path relative to `base`. */
	schemaFor(pathInBase: string): z.ZodType;
	/** Checks of one file beyond its schema, e.g. of a page's body. */
	fileRules?: ((content: ContentFile) => Problem[])[];
	/** Checks across the files of the collection, e.g. unique names. */
	collectionRules?: ((files: ContentFile[]) => Problem[])[];
}

/** A check across collections, e.g. that a link in one page lands on another. */
export type SiteRule = (site: SiteContent) => Problem[];

/** What every page body must satisfy, guidance or whitepaper: safe to publish and well structured. */
const pageRules = [checkPageSafety, checkHeadings];

/** Optimised images are Astro's business; the checker only needs to know the field is a string path. */
const imageContext = { image: () => ({ parse: (value: unknown) => value }) as never };

/** Every content collection the checker validates; content.config.ts reads the same folders and patterns. */
export const collections: CollectionSpec[] = [
	{
		name: 'docs',
		base: 'src/content/docs',
		pattern: '**/*.{md,mdx}',
		kind: 'frontmatter',
		schemaFor: docsSchemasByPath(imageContext),
		fileRules: [...pageRules, checkReviewDate, checkGuidancePage],
		collectionRules: [checkGuidanceCoverage],
	},
	{
		name: 'landscape',
		base: 'content/landscape',
		pattern: '*.yaml',
		kind: 'yaml',
		schemaFor: () => landscapeSchema,
	},
	{
		name: 'lifecycles',
		base: 'content/lifecycles',
		pattern: '*.yaml',
		kind: 'yaml',
		schemaFor: () => lifecycleSchema,
	},
	{
		name: 'whitepapers',
		base: 'content/whitepapers',
		pattern: whitepaperFilePattern,
		kind: 'frontmatter',
		schemaFor: () => whitepaperSchema,
		fileRules: [...pageRules, checkWhitepaperLinks],
		collectionRules: [checkWhitepaperVersions],
	},
	{
		name: 'whitepaperRedirects',
		base: 'content/whitepapers',
		pattern: 'redirects.yaml',
		kind: 'yaml',
		schemaFor: () => whitepaperRedirectsSchema,
	},
	{
		name: 'updates',
		base: 'content/updates',
		pattern: '*.md',
		kind: 'frontmatter',
		schemaFor: () => updateSchema,
		fileRules: [...pageRules, checkUpdateFileName],
	},
	{
		name: 'glossary',
		base: 'content',
		pattern: 'glossary.yaml',
		kind: 'yaml',
		schemaFor: () => glossarySchema,
	},
	{
		name: 'governance',
		base: 'content',
		pattern: 'governance.yaml',
		kind: 'yaml',
		schemaFor: () => governanceSchema,
	},
];

/** Checks that need every collection at once; they run after each collection's own rules. */
export const siteRules: SiteRule[] = [
	checkInternalLinks,
	checkDuplicateRoutes,
	checkWhitepaperRedirects,
];
