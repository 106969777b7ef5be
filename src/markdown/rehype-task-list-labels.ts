import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * GFM renders a checklist item as a bare, disabled checkbox followed by text, so screen readers announce an
 * unlabelled checkbox. This names each checkbox after the text of its item.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (item: Element) => {
			const classes = item.properties['className'];
			if (item.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item'))
				return;
			const checkbox = findCheckbox(item);
			if (checkbox) checkbox.properties['ariaLabel'] = toString(item).replace(/\s+/g, ' ').trim();
		});
	};
}

function findCheckbox(node: Element): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'input' && child.properties['type'] === 'checkbox') return child;
		if (child.tagName === 'p') {
			const nested = findCheckbox(child);
			if (nested) return nested;
		}
	}
	return undefined;
}
