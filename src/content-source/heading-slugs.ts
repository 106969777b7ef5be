import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The ids the site gives a page's headings: rehype-slug and Astro both use github-slugger on the heading's text,
 * one slugger per page, so a repeated heading gets `-1`, `-2`. Image alt text is not part of the id.
 */
export function headingSlugs(tree: Root): Set<string> {
	return new Set(sluggedHeadings(tree).map((heading) => heading.slug));
}

/** Every heading of a page in document order, with its depth, its text and the id the site gives it. */
export function sluggedHeadings(tree: Root): { depth: number; text: string; slug: string }[] {
	const slugger = new GithubSlugger();
	const headings: { depth: number; text: string; slug: string }[] = [];
	visit(tree, 'heading', (heading) => {
		const text = toString(heading, { includeImageAlt: false });
		headings.push({ depth: heading.depth, text: text.trim(), slug: slugger.slug(text) });
	});
	return headings;
}
