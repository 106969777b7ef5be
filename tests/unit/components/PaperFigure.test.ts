import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PaperFigure from '#src/components/whitepaper/PaperFigure.astro';
import type { PaperData } from '#src/whitepapers/paper-data.ts';

const paperData: PaperData = {
	source: 'snapshot',
	asOf: '2026-11-27',
	commit: '546f356',
	lifecycles: [],
	landscape: [],
	releases: [],
};

describe('PaperFigure', () => {
	it('is a numbered figure whose SVG is one image named by its title and described by its description', async () => {
		const container = await AstroContainer.create();
		const rendered = await container.renderToString(PaperFigure, {
			props: {
				id: 'fig-lifetime',
				number: 2,
				caption: 'Supported lifetime of a node.',
				title: 'Node lifetime by layer',
				description: 'The runtime ends first.',
				width: 400,
				height: 120,
				paperData,
			},
			slots: {
				default: '<rect x="0" y="0" width="10" height="10"></rect>',
				text: '<table><caption>Lifetimes</caption></table>',
			},
		});
		// Development builds mark each element with its source; the page as built has no such attributes.
		const html = rendered.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
		expect(html).toMatch(
			/<figure[^>]*id="fig-lifetime"[^>]*aria-labelledby="fig-lifetime-caption"/
		);
		expect(html).toMatch(
			/<figcaption id="fig-lifetime-caption"><span class="figure-number">Figure 2\.<\/span> Supported lifetime of a node\. Data as of <time datetime="2026-11-27">/
		);
		expect(html).toMatch(
			/<svg role="img" aria-labelledby="fig-lifetime-title" aria-describedby="fig-lifetime-desc" viewBox="0 0 400 120"/
		);
		expect(html).toContain('<title id="fig-lifetime-title">Node lifetime by layer</title>');
		expect(html).toContain('<desc id="fig-lifetime-desc">The runtime ends first.</desc>');
		expect(html).toMatch(/<svg[\s\S]*<rect[\s\S]*<\/svg>/);
		expect(html).toMatch(
			/<details class="figure-text">\s*<summary>Figure 2 as a table<\/summary>\s*<table>/
		);
	});
});
