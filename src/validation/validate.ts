import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections as defaultCollections, type CollectionSpec } from './collections.ts';
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
	/** Markdown body of a frontmatter file, and the line it starts on. */
	body?: { text: string; line: number };
}

/** Validates every file of every collection and returns all problems; it never stops at the first. */
export function validateContent({ root, displayFrom = root, collections = defaultCollections }: ValidateOptions): Problem[] {
	const problems: Problem[] = [];
	const filesByCollection = new Map(
		collections.map((collection) => {
			const files = globSync(collection.pattern, { cwd: join(root, collection.base) })
				.sort()
				.flatMap((pathInBase) => {
					const absolute = join(root, collection.base, pathInBase);
					const file = relative(displayFrom, absolute).split('\\').join('/');
					const read = readContentFile(collection, pathInBase, readFileSync(absolute, 'utf8'), file);
					problems.push(...read.problems);
					return read.content ? [read.content] : [];
				});
			return [collection.name, files] as const;
		}),
	);
	// Rules run once every file is read, so a rule may compare against another collection (redirects against papers).
	const filesOf = (name: string) => filesByCollection.get(name) ?? [];
	for (const collection of collections) {
		const files = filesOf(collection.name);
		problems.push(...files.flatMap((content) => collection.fileRules?.(content) ?? []));
		problems.push(...(collection.collectionRules?.(files, filesOf) ?? []));
	}
	return problems;
}

function readContentFile(
	collection: CollectionSpec,
	pathInBase: string,
	text: string,
	file: string,
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
	return { problems, content: { file, pathInBase, source, data, ...(body ? { body } : {}) } };
}
