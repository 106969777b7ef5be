import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { guidanceSchema, isGuidancePath } from './guidance.ts';
import { pageSchema } from './page.ts';
import { isProposalPath, proposalSchema } from './proposal.ts';

type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/**
 * The docs collection's schema: Starlight's frontmatter merged with each page type. All types are strict
 * objects, and Starlight's merge keeps that, so an unknown key such as `stauts` is an error.
 */
export const docsCollectionSchema = docsSchema({
	extend: z.union([guidanceSchema, proposalSchema, pageSchema]),
});
export type DocsFrontmatter = z.output<ReturnType<typeof docsCollectionSchema>>;

/**
 * The one page type a file must satisfy, chosen by its folder; the checker uses it for precise errors. Each
 * type's schema is built once: building Starlight's schema costs more than checking a page with it.
 */
export function docsSchemasByPath(context: SchemaContext) {
	const guidance = docsSchema({ extend: guidanceSchema })(context);
	const proposal = docsSchema({ extend: proposalSchema })(context);
	const page = docsSchema({ extend: pageSchema })(context);
	return (pathInDocs: string) =>
		isGuidancePath(pathInDocs) ? guidance : isProposalPath(pathInDocs) ? proposal : page;
}
