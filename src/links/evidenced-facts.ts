import { contentCollections } from '#src/collections.ts';
import { readSite } from '#src/content-source/read-site.ts';

/** A fact that quotes its source: a `sources.<field>` entry written as `{ url, evidence, verified }`. */
export interface EvidencedFact {
	/** Path relative to the root, with forward slashes. */
	file: string;
	/** Where the evidence quote is written: the line to change when the page says something new. */
	line: number;
	column: number;
	/** The source's path in the file, as the checker names fields, e.g. `lines.2.sources.standardEnd`. */
	field: string;
	url: string;
	evidence: string;
	/** The day someone read the quote at the url; missing only in a file `npm run check` refuses. */
	verified?: string;
}

/**
 * Every fact with an evidence quote, in file and line order. Read from the files the checker reads and found by
 * shape, not by collection: landscape `sources.<field>`, lifecycle `lines[].sources.<date field>`, and any
 * content that uses the same source form later.
 */
export function evidencedFacts(root: string): EvidencedFact[] {
	const facts: EvidencedFact[] = [];
	for (const files of readSite(root, contentCollections).files.values()) {
		for (const content of files) {
			for (const { path, source } of quotedSources(content.source.data)) {
				const { line, column } = content.source.locate([...path, 'evidence']);
				facts.push({
					file: content.file,
					line,
					column,
					field: path.join('.'),
					url: source.url,
					evidence: source.evidence,
					...(source.verified === undefined ? {} : { verified: source.verified }),
				});
			}
		}
	}
	return facts.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

interface QuotedSource {
	url: string;
	evidence: string;
	verified?: string;
}

function quotedSources(
	value: unknown,
	path: (string | number)[] = []
): { path: (string | number)[]; source: QuotedSource }[] {
	if (Array.isArray(value))
		return value.flatMap((item, index) => quotedSources(item, [...path, index]));
	if (!value || typeof value !== 'object') return [];
	const entries: Partial<Record<string, unknown>> = Object.fromEntries(Object.entries(value));
	const { url, evidence, verified } = entries;
	if (typeof url === 'string' && typeof evidence === 'string')
		return [
			{
				path,
				source: { url, evidence, ...(typeof verified === 'string' ? { verified } : {}) },
			},
		];
	return Object.entries(value).flatMap(([key, item]) => quotedSources(item, [...path, key]));
}
