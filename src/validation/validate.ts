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

/** Validates every file of every collection and returns all problems; it never stops at the first. */
export function validateContent({ root, displayFrom = root, collections = defaultCollections }: ValidateOptions): Problem[] {
	return collections.flatMap((collection) =>
		globSync(collection.pattern, { cwd: join(root, collection.base) })
			.sort()
			.flatMap((pathInBase) => {
				const absolute = join(root, collection.base, pathInBase);
				const file = relative(displayFrom, absolute).split('\\').join('/');
				return validateFile(collection, pathInBase, readFileSync(absolute, 'utf8'), file);
			}),
	);
}

function validateFile(collection: CollectionSpec, pathInBase: string, text: string, file: string): Problem[] {
	const schema = collection.schemaFor(pathInBase);
	if (collection.kind === 'yaml') return validateYaml(schema, new YamlSource(text), file);
	const frontmatter = splitFrontmatter(text);
	if (!frontmatter) {
		return [
			{
				file,
				line: 1,
				column: 1,
				field: '(frontmatter)',
				expected: 'frontmatter between two --- lines at the top of the file',
				found: 'no frontmatter',
				hint: 'Start the file with ---, the fields (title, description, ...), then --- on its own line.',
			},
		];
	}
	return validateYaml(schema, new YamlSource(frontmatter.yaml, frontmatter.lineOffset), file);
}
