import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The id of the heading-link icon's shape, which the other heading links of the page draw again. */
export const anchorIconShapeId = 'heading-link-icon';

/**
 * Starlight gives every heading a link whose icon is the same inline SVG path (about 500 bytes); a long guidance
 * page has dozens. The first icon of a page keeps its path, under an id; every later one draws that path with
 * <use>, the same shape in the same <svg> box, so headings look as before for a tenth of the bytes.
 *
 * It runs after Starlight's heading links, so it is registered by an integration listed after Starlight's.
 */
export function rehypeSharedAnchorIcon() {
	return (tree: Root) => {
		let shared = false;
		visit(tree, 'element', (node: Element, _index, parent) => {
			if (node.tagName !== 'svg' || !isAnchorIcon(parent)) return;
			const [shape] = node.children.filter((child) => child.type === 'element');
			if (!shape) return;
			if (shared) {
				node.children = [
					{
						type: 'element',
						tagName: 'use',
						properties: { href: `#${anchorIconShapeId}` },
						children: [],
					},
				];
			} else {
				shape.properties['id'] = anchorIconShapeId;
				shared = true;
			}
		});
	};
}

function isAnchorIcon(node: unknown): boolean {
	if (!node || typeof node !== 'object' || !('type' in node) || node.type !== 'element')
		return false;
	const classes = (node as Element).properties['className'];
	return Array.isArray(classes) && classes.includes('sl-anchor-icon');
}
