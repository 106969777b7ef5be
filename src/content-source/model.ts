import type { YamlSource } from './yaml-source.ts';

/**
 * The types every part of the content pipeline shares: the reader (this folder), the checker
 * (src/validation/), and the tools built on them (scaffold, review, external links).
 */

/** One thing wrong with a contributor's file, located precisely enough to jump to it in an editor. */
export interface Problem {
	/** Path relative to the repository root, with forward slashes. */
	file: string;
	line: number;
	column: number;
	/** Dotted path of the field, e.g. `sources.2.url`; `(file)` when the whole file is at fault. */
	field: string;
	expected: string;
	found: string;
	/** What to do about it, in one sentence. */
	hint?: string;
}

/** How a collection's files carry their data: YAML frontmatter above a Markdown body, or a whole YAML file. */
export type FileFormat = 'frontmatter' | 'yaml';

/** Where a collection's files are, and how to read them. */
export interface CollectionLocation {
	name: string;
	/** Folder relative to the repository root. */
	base: string;
	/** Glob relative to `base`. */
	pattern: string;
	format: FileFormat;
}

/** One file of a collection, read: its YAML with positions, and its Markdown body if it has one. */
export interface SourceFile {
	/** Path as shown to the contributor. */
	file: string;
	/** Path relative to the collection's base folder. */
	pathInBase: string;
	/** The collection the file belongs to. */
	collection: string;
	source: YamlSource;
	/** Markdown body of a frontmatter file, and the line it starts on. */
	body?: { text: string; line: number };
}

/** A file after its schema check: its data is the schema's output, or undefined when the file has problems. */
export interface ContentFile<Data = unknown> extends SourceFile {
	data: Data | undefined;
}

/** Every file of the site, by collection name, for checks that look across collections. */
export interface SiteContent {
	root: string;
	files: ReadonlyMap<string, readonly ContentFile[]>;
}
