import type { CollectionSpec } from '#src/collections.ts';
import { contentCollections } from '#src/collections.ts';
import type { ContentFile, Problem, SiteContent, SourceFile } from '#src/content-source/model.ts';
import { readSite, type ReadSite } from '#src/content-source/read-site.ts';
import { defaultSiteRules, type SiteRule } from './site-rules.ts';
import { validateYaml } from './zod-problems.ts';

export interface ValidateOptions {
	/** Repository (or fixture) root that holds the collection folders. */
	root: string;
	/** Paths in problems are written relative to this folder (the contributor's working directory). */
	displayFrom?: string;
	collections?: readonly CollectionSpec[];
	/**
	 * Checks across collections (links between pages, clashing URLs). They need every collection, so they run by
	 * default only when `collections` is not narrowed.
	 */
	siteRules?: readonly SiteRule[];
}

/** Reads and checks every file of every collection and returns all problems; it never stops at the first. */
export function validateContent({
	root,
	displayFrom = root,
	collections = contentCollections,
	siteRules = collections === contentCollections ? defaultSiteRules : [],
}: ValidateOptions): Problem[] {
	const read = readSite(root, collections, displayFrom);
	const { site, problems } = checkSite(root, read, collections);
	return [...read.problems, ...problems, ...siteRules.flatMap((rule) => rule(site))];
}

/** Every file of the site, read and checked against its schema: what the route table and site rules see. */
export function checkedSite(root: string): SiteContent {
	return checkSite(root, readSite(root, contentCollections), contentCollections).site;
}

/** Each file against its collection's schema, then the collection's file and collection rules. */
export function checkSite(
	root: string,
	read: ReadSite,
	collections: readonly CollectionSpec[]
): { site: SiteContent; problems: Problem[] } {
	const problems: Problem[] = [];
	const files = new Map<string, ContentFile[]>();
	for (const collection of collections) {
		const checked = (read.files.get(collection.name) ?? []).map((file) => {
			const result = checkFile(collection, file);
			problems.push(...result.problems);
			return result.content;
		});
		for (const rule of collection.fileRules ?? [])
			problems.push(...checked.flatMap((content) => rule(content)));
		for (const rule of collection.collectionRules ?? []) problems.push(...rule(checked));
		files.set(collection.name, checked);
	}
	return { site: { root, files }, problems };
}

/** One file against its collection's schema (the page type its folder asks for, for docs pages). */
export function checkFile(
	collection: CollectionSpec,
	file: SourceFile
): { problems: Problem[]; content: ContentFile } {
	const schema = collection.schemaFor?.(file.pathInBase) ?? collection.schema;
	const problems = validateYaml(schema, file.source, file.file);
	const data = problems.length === 0 ? schema.parse(file.source.data) : undefined;
	return { problems, content: { ...file, data } };
}
