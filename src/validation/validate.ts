import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	collections as defaultCollections,
	siteRules as defaultSiteRules,
	type CollectionSpec,
	type SiteRule,
} from './collections.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';
import { YamlSource } from './yaml-source.ts';
import { validateYaml } from './zod-problems.ts';

export interface ValidateOptions {
	/** Repository (or fixture) root that holds the collection folders. */
	root: string;
	/** Paths in problems are written relative to this folder (the contributor's working directory). */
	displayFrom?: string;
	collections?: CollectionSpec[];
	/**
	 * Checks across collections (links between pages, clashing URLs). They need every collection, so they run by
	 * default only when `collections` is not narrowed.
	 */
	siteRules?: SiteRule[];
}

/** Every file the checker read, by collection name, for rules that look across collections. */
export interface SiteContent {
	root: string;
	files: ReadonlyMap<string, readonly ContentFile[]>;
}

/** One file of a collection, read and (when its data is valid) parsed. */
export interface ContentFile {
	/** Path as shown to the contributor. */
	file: string;
	/** Path relative to the collection's base folder. */
	pathInBase: string;
	source: YamlSource;
	/** The schema's output, or undefined when the file has schema problems. */
	data: unknown;
	/** The collection the file belongs to. */
	collection: string;
	/** Markdown body of a frontmatter file, and the line it starts on. */
	body?: { text: string; line: number };
}

/** Validates every file of every collection and returns all problems; it never stops at the first. */
export function validateContent({
	root,
	displayFrom = root,
	collections = defaultCollections,
	siteRules = collections === defaultCollections ? defaultSiteRules : [],
}: ValidateOptions): Problem[] {
	const problems: Problem[] = [];
	const filesByCollection = new Map<string, ContentFile[]>();
	for (const collection of collections) {
		const files = globSync(collection.pattern, { cwd: join(root, collection.base) })
			.sort()
			.flatMap((pathInBase) => {
				const absolute = join(root, collection.base, pathInBase);
				const file = relative(displayFrom, absolute).split('\\').join('/');
				const read = readContentFile(collection, pathInBase, readFileSync(absolute, 'utf8'), file);
				problems.push(...read.problems);
				return read.content ? [read.content] : [];
			});
		problems.push(
			...files.flatMap((content) => (collection.fileRules ?? []).flatMap((rule) => rule(content)))
		);
		problems.push(...(collection.collectionRules ?? []).flatMap((rule) => rule(files)));
		filesByCollection.set(collection.name, files);
	}
	const site: SiteContent = { root, files: filesByCollection };
	problems.push(...siteRules.flatMap((rule) => rule(site)));
	return problems;
}

function readContentFile(
	collection: CollectionSpec,
	pathInBase: string,
	text: string,
	file: string
): { problems: Problem[]; content?: ContentFile } {
	let source: YamlSource;
	let body: ContentFile['body'];
	if (collection.kind === 'yaml') {
		source = new YamlSource(text);
	} else {
		const frontmatter = splitFrontmatter(text);
		if (!frontmatter) {
			return {
				problems: [
					{
						file,
						line: 1,
						column: 1,
						field: '(frontmatter)',
						expected: 'frontmatter between two --- lines at the top of the file',
						found: 'no frontmatter',
						hint: 'Start the file with ---, the fields (title, description, ...), then --- on its own line.',
					},
				],
			};
		}
		source = new YamlSource(frontmatter.yaml, frontmatter.lineOffset);
		body = { text: frontmatter.body, line: frontmatter.bodyLine };
	}
	const schema = collection.schemaFor(pathInBase);
	const problems = validateYaml(schema, source, file);
	const data = problems.length === 0 ? schema.parse(source.data) : undefined;
	return {
		problems,
		content: {
			file,
			pathInBase,
			collection: collection.name,
			source,
			data,
			...(body ? { body } : {}),
		},
	};
}
