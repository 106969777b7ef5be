import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * GFM task lists (the checklists of guidance pages and whitepapers) render as bare disabled checkboxes, which
 * screen readers announce as "checkbox, not checked" with no name. Each checkbox is named after its item's text.
 */
export function rehypeTaskListLabels() {
	return (tree: Root) => {
		visit(tree, 'element', (item: Element) => {
			const classes = item.properties['className'];
			if (item.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item')) return;
			const checkbox = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input');
			const paragraph = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
			const box = checkbox ?? paragraph?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input');
			if (box) box.properties['ariaLabel'] = toString(item).trim();
		});
	};
}
