import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import NodeLifetimeChart from '#src/components/whitepaper/figures/lts/NodeLifetimeChart.astro';
import RuntimeFitGrid from '#src/components/whitepaper/figures/lts/RuntimeFitGrid.astro';
import type { PaperData } from '#src/whitepapers/paper-data.ts';
import { fixtureProducts } from '../../lifecycle/products.ts';
import { fixtureReleases } from '../../lifecycle/releases.ts';

const paperData: PaperData = {
	source: 'snapshot',
	asOf: '2025-12-01',
	commit: '546f356',
	lifecycles: fixtureProducts(),
	landscape: [],
	releases: fixtureReleases(),
};
const streams = [{ os: 'stream-os', line: 'A' }];
const props = { id: 'fig-x', number: 1, caption: 'Lifetimes.', paperData, streams };

async function render(component: typeof NodeLifetimeChart, data: PaperData = paperData) {
	const container = await AstroContainer.create();
	const html = await container.renderToString(component, { props: { ...props, paperData: data } });
	return html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
}

describe('LTS paper figures', () => {
	it('draw the node lifetime from the paper data and say in the table which layer ends first', async () => {
		const html = await render(NodeLifetimeChart);
		expect(html).toContain('Data as of <time datetime="2025-12-01">');
		expect(html).toMatch(/<path class="fig-highlight"/);
		// The equivalent names every layer and the earliest end of free support: containerd 2.0 on 2026-01-31.
		expect(html).toMatch(/Container runtime: containerd 2\.0\.4<\/td>\s*<td>2026-01-31/);
		expect(html).toMatch(/<strong>2026-01-31<\/strong>\. containerd 2\.0\.4 ends first\./);
	});

	it('change with the paper data they are given and with nothing else', async () => {
		const later: PaperData = { ...paperData, asOf: '2026-03-01' };
		expect(await render(NodeLifetimeChart)).toBe(await render(NodeLifetimeChart));
		expect(await render(NodeLifetimeChart, later)).not.toBe(await render(NodeLifetimeChart));
	});

	it('put the shipped runtime against each minor with the runtime project verdict', async () => {
		const html = await render(RuntimeFitGrid);
		expect(html).toMatch(
			/Stream OS A: containerd 2\.0\.4<\/th>\s*<td>recommended \(documented by the stream\)<\/td>\s*<td>too old \(documented by the stream\)<\/td>/
		);
	});
});
