import GithubSlugger, { slug } from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The ids the site gives a page's headings: rehype-slug and Astro both use github-slugger on the heading's text,
 * one slugger per page, so a repeated heading gets `-1`, `-2`. Image alt text is not part of the id.
 */
export function headingSlugs(tree: Root): Set<string> {
	const slugger = new GithubSlugger();
	const slugs = new Set<string>();
	visit(tree, 'heading', (heading) => {
		slugs.add(slugger.slug(toString(heading, { includeImageAlt: false })));
	});
	return slugs;
}

/** How Astro's glob loader turns a file path into an entry id: github-slugger on each segment, no extension. */
export function entryIdOf(pathInBase: string): string {
	const segments = pathInBase.replace(/\.[^./]+$/, '').split('/');
	return segments.map((segment) => slug(segment)).join('/').replace(/(^|\/)index$/, '');
}
