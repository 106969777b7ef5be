import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * Parses a page body the way the site's MDX compiler reads it (MDX + GFM), so the checker sees the same
 * headings, links and JSX. A syntax error comes back with its position instead of a tree.
 */
export function parseBody(
	text: string,
	mdx: boolean
): { tree: Root } | { error: { line: number; column: number; message: string } } {
	try {
		const tree = fromMarkdown(text, {
			extensions: mdx ? [mdxjs(), gfm()] : [gfm()],
			mdastExtensions: mdx ? [mdxFromMarkdown(), gfmFromMarkdown()] : [gfmFromMarkdown()],
		});
		return { tree };
	} catch (error) {
		const place = error as { line?: number; column?: number; reason?: string; message?: string };
		return {
			error: {
				line: place.line ?? 1,
				column: place.column ?? 1,
				message: place.reason ?? place.message ?? String(error),
			},
		};
	}
}

type ParsedBody = ReturnType<typeof parseBody>;
const parsedBodies = new WeakMap<object, ParsedBody>();

/**
 * The parsed body of a content file, parsed once however many rules read it. Positions in the tree count from
 * the body's first line; `lineInFile` turns them into lines of the file.
 */
export function bodyTree(content: {
	file: string;
	body?: { text: string; line: number };
}): ParsedBody | undefined {
	if (!content.body) return undefined;
	let parsed = parsedBodies.get(content);
	if (!parsed) {
		parsed = parseBody(content.body.text, content.file.endsWith('.mdx'));
		parsedBodies.set(content, parsed);
	}
	return parsed;
}

/** The file line of a position in the body's tree. */
export function lineInFile(body: { line: number }, treeLine: number | undefined): number {
	return body.line - 1 + (treeLine ?? 1);
}
