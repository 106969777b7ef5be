import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '#src/markdown/rehype-base-links.ts';
import { rehypeScrollableTables } from '#src/markdown/rehype-scrollable-tables.ts';
import { rehypeTaskListLabels } from '#src/markdown/rehype-task-list-labels.ts';

async function render(markdown: string, base = '/') {
	const file = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype)
		.use(rehypeTaskListLabels)
		.use(rehypeScrollableTables)
		.use(rehypeBaseLinks(base))
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('the site’s Markdown plugins', () => {
	it('name each checklist checkbox after its item', async () => {
		const html = await render('- [ ] Drain the node first\n- [x] Check **PodDisruptionBudgets**\n');
		expect(html).toContain('aria-label="Drain the node first"');
		expect(html).toContain('aria-label="Check PodDisruptionBudgets"');
	});

	it('make tables reachable by keyboard, since they scroll on small screens', async () => {
		expect(await render('| a | b |\n| - | - |\n| 1 | 2 |\n')).toContain('<table tabindex="0">');
	});

	it('prefix root-relative links with the base path, and leave other links alone', async () => {
		const html = await render(
			'[a](/charter/) [b](../lts/) [c](https://example.org/) [d](//cdn.example.org/x)',
			'/website/'
		);
		expect(html).toContain('href="/website/charter/"');
		expect(html).toContain('href="../lts/"');
		expect(html).toContain('href="https://example.org/"');
		expect(html).toContain('href="//cdn.example.org/x"');
		expect(await render('[a](/charter/)', '/')).toContain('href="/charter/"');
	});
});
