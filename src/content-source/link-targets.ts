import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

/** A URL written in a page body, where it was written, and how. */
export interface LinkTarget {
	url: string;
	/** Line and column in the body's tree. */
	line: number;
	column: number;
	/** A link the reader follows, or a resource the page loads (an image, a src). */
	kind: 'link' | 'resource';
	/** Where it was written: `link`, `image`, or the element and attribute, e.g. `a href`. */
	where: string;
}

/** Attributes whose value a browser follows or loads. */
const urlAttributes = new Set([
	'href',
	'src',
	'srcset',
	'action',
	'formaction',
	'poster',
	'cite',
	'data',
]);

/** Every URL of links, link definitions, images and JSX elements' URL attributes. */
export function linkTargets(tree: Root): LinkTarget[] {
	const targets: LinkTarget[] = [];
	const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
		line: node.position?.start.line ?? 1,
		column: node.position?.start.column ?? 1,
	});
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'definition')
			targets.push({ url: node.url, kind: 'link', where: 'link', ...at(node) });
		else if (node.type === 'image')
			targets.push({ url: node.url, kind: 'resource', where: 'image', ...at(node) });
		else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			const element = node as MdxJsxFlowElement | MdxJsxTextElement;
			for (const attribute of element.attributes) {
				const name = attribute.type === 'mdxJsxAttribute' ? attribute.name.toLowerCase() : '';
				if (typeof attribute.value === 'string' && urlAttributes.has(name)) {
					const kind = name === 'href' ? 'link' : 'resource';
					targets.push({
						url: attribute.value,
						kind,
						where: `${element.name ?? ''} ${name}`,
						...at(element),
					});
				}
			}
		}
	});
	return targets;
}

/** A URL with a scheme (https:, mailto:, javascript:) or protocol-relative: it leaves the site. */
export function isExternal(url: string): boolean {
	return /^[a-z][a-z\d+.-]*:/i.test(url.trim()) || url.startsWith('//');
}
