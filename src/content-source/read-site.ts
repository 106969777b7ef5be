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
				const where = { file, pathInBase, collection: collection.name };
				const text = decodeUtf8(readFileSync(absolute), file);
				const result =
					typeof text === 'string'
						? readSourceFile(collection.format, text, where)
						: { problem: text };
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

/**
 * A file's bytes as text, or a problem at the first byte that is not UTF-8 (a file saved in another encoding,
 * or not text at all): the checker never guesses at what such bytes say.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string | Problem {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const valid = Buffer.from(lossy, 'utf8');
		let offset = 0;
		while (offset < bytes.length && bytes[offset] === valid[offset]) offset++;
		const before = Buffer.from(bytes.subarray(0, offset)).toString('utf8').split('\n');
		return {
			file,
			line: before.length,
			column: (before.at(-1)?.length ?? 0) + 1,
			field: '(file)',
			expected: 'text encoded as UTF-8',
			found: `a byte that is not UTF-8 (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`,
			hint: 'Save the file as UTF-8 in your editor; if it is not a text file, it does not belong here.',
		};
	}
}

/**
 * One file's text, read as its collection's format requires. A byte-order mark, which some editors write at the
 * start of UTF-8 files, is dropped, as those editors intend.
 */
export function readSourceFile(
	format: FileFormat,
	withMark: string,
	where: Pick<SourceFile, 'file' | 'pathInBase' | 'collection'>
): SourceFile | { problem: Problem } {
	const text = withMark.replace(/^\uFEFF/, '');
	if (format === 'yaml') return withReadableData({ ...where, source: new YamlSource(text) });
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
	return withReadableData({
		...where,
		source: new YamlSource(frontmatter.yaml, frontmatter.lineOffset),
		body: { text: frontmatter.body, line: frontmatter.bodyLine },
	});
}

/** The file, or a problem where its YAML parsed but cannot become data (aliases expanding without bound). */
function withReadableData(read: SourceFile): SourceFile | { problem: Problem } {
	const unreadable = read.source.unreadable;
	if (!unreadable) return read;
	return {
		problem: {
			file: read.file,
			line: unreadable.line,
			column: unreadable.column,
			field: '(yaml)',
			expected: 'YAML whose aliases (*name) expand to a reasonable size',
			found: unreadable.message,
			hint: 'Write the values out instead of repeating them through aliases.',
		},
	};
}
