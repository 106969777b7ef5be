import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';
import type { CollectionLocation, FileFormat, Problem, SourceFile } from './model.ts';
import { YamlSource } from './yaml-source.ts';

export interface ReadSite {
	/** Every file read, by collection name, in file-name order. */
	files: Map<string, SourceFile[]>;
	/** Files that could not be read as their format requires. */
	problems: Problem[];
}

/**
 * Reads every file of the given collections under `root`, without judging what they say: that is the
 * checker's work. Paths in files and problems are written relative to `displayFrom`.
 */
export function readSite(
	root: string,
	collections: readonly CollectionLocation[],
	displayFrom = root
): ReadSite {
	const files = new Map<string, SourceFile[]>();
	const problems: Problem[] = [];
	for (const collection of collections) {
		const read = globSync(collection.pattern, { cwd: join(root, collection.base) })
			.sort()
			.flatMap((pathInBase) => {
				const absolute = join(root, collection.base, pathInBase);
				const file = relative(displayFrom, absolute).split('\\').join('/');
				const result = readSourceFile(collection.format, readFileSync(absolute, 'utf8'), {
					file,
					pathInBase,
					collection: collection.name,
				});
				if ('problem' in result) {
					problems.push(result.problem);
					return [];
				}
				return [result];
			});
		files.set(collection.name, read);
	}
	return { files, problems };
}

/** One file's text, read as its collection's format requires. */
export function readSourceFile(
	format: FileFormat,
	text: string,
	where: Pick<SourceFile, 'file' | 'pathInBase' | 'collection'>
): SourceFile | { problem: Problem } {
	if (format === 'yaml') return { ...where, source: new YamlSource(text) };
	const frontmatter = splitFrontmatter(text);
	if (!frontmatter) {
		return {
			problem: {
				file: where.file,
				line: 1,
				column: 1,
				field: '(frontmatter)',
				expected: 'frontmatter between two --- lines at the top of the file',
				found: 'no frontmatter',
				hint: 'Start the file with ---, the fields (title, description, ...), then --- on its own line.',
			},
		};
	}
	return {
		...where,
		source: new YamlSource(frontmatter.yaml, frontmatter.lineOffset),
		body: { text: frontmatter.body, line: frontmatter.bodyLine },
	};
}
