import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight lets a wide content table scroll sideways inside itself; on a phone most comparison tables do.
 * A region that scrolls must be reachable by keyboard (WCAG 2.1.1), so each table takes a tab stop.
 */
export function rehypeScrollableTables() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'table') node.properties['tabIndex'] = 0;
		});
	};
}
