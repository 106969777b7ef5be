import { describe, expect, it } from 'vitest';
import { formatLlmsFullTxt, formatLlmsTxt } from '#src/machine/llms-txt.ts';

describe('llms.txt', () => {
	it('writes the H1, the summary blockquote, notes and one H2 per section of links, as llmstxt.org specifies', () => {
		const text = formatLlmsTxt({
			title: 'Site',
			summary: 'What the site\n  is about.',
			notes: 'Read the guidance first.',
			sections: [
				{
					title: 'Guidance',
					links: [
						{
							title: 'LTS [draft]',
							url: 'https://example.org/lts/',
							description: 'Support windows.',
						},
					],
				},
				{ title: 'Empty', links: [] },
				{ title: 'Optional', links: [{ title: 'Talos', url: 'https://example.org/talos/' }] },
			],
		});
		expect(text).toBe(
			[
				'# Site',
				'> What the site is about.',
				'Read the guidance first.',
				'## Guidance',
				'- [LTS \\[draft\\]](https://example.org/lts/): Support windows.',
				'## Optional',
				'- [Talos](https://example.org/talos/)',
			].join('\n\n') + '\n'
		);
	});

	it('puts every document of the full text under its own H1 with its URL, without MDX imports', () => {
		const text = formatLlmsFullTxt([
			{
				title: 'One',
				url: 'https://example.org/one/',
				description: 'First.',
				body: "import X from './x.astro';\nexport const y = 1;\n\nBody one.\n\n```js\nimport z from 'z';\n```\n",
			},
			{ title: 'Two', url: 'https://example.org/two/', body: 'Body two.' },
		]);
		expect(text).toBe(
			"# One\n\nSource: https://example.org/one/\n\n> First.\n\nBody one.\n\n```js\nimport z from 'z';\n```\n\n---\n\n# Two\n\nSource: https://example.org/two/\n\nBody two.\n"
		);
	});
});
