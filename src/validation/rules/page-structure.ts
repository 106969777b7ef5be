import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentFile, Problem } from '#src/content-source/model.ts';
import type { Source } from '#src/schemas/common.ts';

/* What the rules for structured pages (guidance, proposals) read from a page's Markdown tree. */

/** Words of running text: tokens with a letter or digit, so list markers and dashes do not count. */
export function countWords(tree: Root): number {
	let words = 0;
	visit(tree, 'text', (node) => {
		words += node.value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	});
	return words;
}

/** Level-2 sections by title, with the nodes up to the next level-2 heading and the heading's line. */
export function sectionsOf(tree: Root): Map<string, Root['children'] & { line: number }> {
	const sections = new Map<string, Root['children'] & { line: number }>();
	let current: (Root['children'] & { line: number }) | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading' && (node as Heading).depth === 2) {
			current = Object.assign([], { line: node.position?.start.line ?? 1 });
			sections.set(toString(node).trim(), current);
		} else {
			current?.push(node);
		}
	}
	return sections;
}

/** Every link target in the text, as written. */
export function linksOf(tree: Root): Set<string> {
	const urls = new Set<string>();
	visit(tree, 'link', (node) => {
		urls.add(node.url);
	});
	return urls;
}

/** What a kind of structured page must have, as far as a program can check it. */
export interface PageStandard {
	/** What the page is called in messages, e.g. "guidance" or "proposal". */
	kind: string;
	minWords: number;
	minSources: number;
	sections: Readonly<Record<string, string>>;
	/** Why the length matters, shown with a too-short page. */
	lengthHint: string;
}

/**
 * Checks a page against its standard: every section, and, from `review` on, its length and number of sources;
 * every listed source must be linked in the text. A draft is unfinished by definition: it must have the
 * structure from the start (so `npm run new` gives a page that passes), but length and sources count later.
 */
export function checkStandard(
	content: ContentFile & { body: NonNullable<ContentFile['body']> },
	tree: Root,
	page: { status: string; sources: readonly Source[] },
	standard: PageStandard
): Problem[] {
	const { file, body } = content;
	const atBody = { file, line: body.line, column: 1 };
	const problems: Problem[] = [];
	const isDraft = page.status === 'draft';
	const words = countWords(tree);
	if (!isDraft && words < standard.minWords) {
		problems.push({
			...atBody,
			field: '(body)',
			expected: `at least ${standard.minWords} words of ${standard.kind}`,
			found: `${words} words`,
			hint: standard.lengthHint,
		});
	}
	const sections = sectionsOf(tree);
	const titles = Object.values(standard.sections);
	for (const title of titles) {
		if (!sections.has(title)) {
			problems.push({
				...atBody,
				field: '(body)',
				expected: `a section "## ${title}"`,
				found: 'no such section',
				hint: `${capitalised(standard.kind)} pages have the sections: ${titles.join('; ')}.`,
			});
		}
	}
	const distinct = new Set(page.sources.map((source) => source.url));
	if (!isDraft && distinct.size < standard.minSources) {
		problems.push({
			file,
			...content.source.locate(['sources']),
			field: 'sources',
			expected: `at least ${standard.minSources} distinct primary sources`,
			found: `${distinct.size}`,
		});
	}
	const cited = linksOf(tree);
	page.sources.forEach((source, index) => {
		if (!cited.has(source.url)) {
			problems.push({
				file,
				...content.source.locate(['sources', index, 'url']),
				field: `sources.${index}.url`,
				expected: 'a source that the page cites inline',
				found: `${source.url} is listed but not linked in the text`,
				hint: 'Link the claim this source supports, or remove it from sources.',
			});
		}
	});
	return problems;
}

function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
