import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PropertyMatrix from '#src/components/whitepaper/figures/container-os/PropertyMatrix.astro';
import UpdateGrid from '#src/components/whitepaper/figures/container-os/UpdateGrid.astro';
import type { PaperData } from '#src/whitepapers/paper-data.ts';
import { exampleLandscapeEntry } from '../../schemas/helpers.ts';

const example = exampleLandscapeEntry();
const paperData: PaperData = {
	source: 'snapshot',
	asOf: '2026-12-04',
	commit: '1a4be28',
	lifecycles: [],
	landscape: [
		{ ...example, id: 'shell-os', name: 'Shell OS', access: 'ssh', rollback: 'manual' },
		{ ...example, id: 'api-os', name: 'API OS' },
		{
			...example,
			id: 'gone-os',
			name: 'Gone OS',
			lifecycle: 'end-of-life',
			endOfLife: '2021-10-19',
		},
	],
	releases: [],
};

/** Development builds mark each element with its source; the page as built has no such attributes. */
const render = async (component: typeof PropertyMatrix | typeof UpdateGrid) => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(component, {
		props: { paperData, number: 1, caption: 'A figure.' },
	});
	return html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
};

describe('container-OS paper figures', () => {
	it('draw the matrix from the given data only: one row per active entry, each linked in the table', async () => {
		const html = await render(PropertyMatrix);
		expect(html).toContain('2 active operating systems by 6 properties.');
		expect(html).toContain('href="/landscape/api-os/"');
		expect(html).toContain('href="/landscape/shell-os/"');
		expect(html).not.toContain('Gone OS');
		expect(html).toMatch(/Data as of <time datetime="2026-12-04">/);
	});

	it('place each active entry by update model and rollback', async () => {
		const html = await render(UpdateGrid);
		expect(html).toContain(
			'A/B partitions: automatic rollback for API OS; manual rollback for Shell OS.'
		);
		expect(html).not.toContain('Gone OS');
	});
});
