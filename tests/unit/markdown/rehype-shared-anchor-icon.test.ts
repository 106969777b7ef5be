import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeSharedAnchorIcon } from '#src/markdown/rehype-shared-anchor-icon.ts';

const element = (
	tagName: string,
	properties: Element['properties'],
	children: Element['children'] = []
): Element => ({ type: 'element', tagName, properties, children });
const svg = (d: string) =>
	element('svg', { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'currentColor' }, [
		element('path', { d }),
	]);

/** A heading with its link as Starlight's rehype plugin builds it. */
const heading = (id: string) =>
	element('div', { className: ['sl-heading-wrapper', 'level-h2'] }, [
		element('h2', { id }, [{ type: 'text', value: id }]),
		element('a', { className: ['sl-anchor-link'], href: `#${id}` }, [
			element('span', { ariaHidden: 'true', className: ['sl-anchor-icon'] }, [svg('M1 2 3 4')]),
			element('span', { className: ['sr-only'] }, [
				{ type: 'text', value: `Section titled “${id}”` },
			]),
		]),
	]);

function render(children: Element[]): string {
	const processor = unified().use(rehypeSharedAnchorIcon).use(rehypeStringify);
	const root: Root = { type: 'root', children };
	processor.runSync(root); // the plugin changes the tree in place
	return processor.stringify(root);
}

describe('rehypeSharedAnchorIcon', () => {
	it('keeps the first heading icon and draws the others from it', () => {
		const html = render([heading('one'), heading('two'), heading('three')]);
		expect(html.match(/<path d="M1 2 3 4" id="heading-link-icon"><\/path>/g)).toHaveLength(1);
		expect(
			html.match(
				/<svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><use href="#heading-link-icon"><\/use><\/svg>/g
			)
		).toHaveLength(2);
		expect(html).toContain('Section titled “three”');
	});

	it('leaves other SVGs alone', () => {
		const html = render([heading('one'), element('p', {}, [svg('M5 6')])]);
		expect(html).toContain(
			'<p><svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M5 6"></path></svg></p>'
		);
	});
});
