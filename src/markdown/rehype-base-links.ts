import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Lets content link to site pages from the root (`/charter/`) whatever the deployment's base path is,
 * e.g. a GitHub Pages project site served under `/<repository>/`.
 */
export function rehypeBaseLinks(base: string) {
	const prefix = base.replace(/\/+$/, '');
	return () => (tree: Root) => {
		if (!prefix) return;
		visit(tree, 'element', (node: Element) => {
			const href = node.properties['href'];
			if (
				node.tagName === 'a' &&
				typeof href === 'string' &&
				href.startsWith('/') &&
				!href.startsWith('//') &&
				!href.startsWith(`${prefix}/`)
			) {
				node.properties['href'] = `${prefix}${href}`;
			}
		});
	};
}
