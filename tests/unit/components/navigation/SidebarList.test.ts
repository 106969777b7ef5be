import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SidebarList from '#src/components/navigation/SidebarList.astro';
import { group, link } from '../../navigation/sidebar-fixtures.ts';

/** The list's HTML without the source locations Astro adds to elements outside a production build. */
async function render(entries: unknown[]) {
	const container = await AstroContainer.create();
	const html = await container.renderToString(SidebarList, { props: { entries } });
	return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
}

describe('SidebarList', () => {
	it('renders groups as open details with a restore point each, and no inline icon', async () => {
		const html = await render([group('Start', 2), group('Guides', 3, 1)]);
		expect(html.match(/<details open/g)).toHaveLength(2);
		expect(html.match(/<sl-sidebar-restore data-index="\d+"><\/sl-sidebar-restore>/g)).toHaveLength(
			2
		);
		expect(html).not.toContain('<svg');
	});

	it('marks the current page and makes top-level links large', async () => {
		const html = await render([link('home'), group('Guides', 3, 1)]);
		expect(html).toMatch(/<a href="\/Guides-1\/" aria-current="page"[^>]*>Guides-1<\/a>/);
		expect(html).toMatch(/<a href="\/home\/" class="large"[^>]*>home<\/a>/);
		expect(html).toMatch(/<a href="\/Guides-0\/">Guides-0<\/a>/);
	});

	it('opens a collapsed group only when it holds the current page', async () => {
		const html = await render([
			{ ...group('Closed', 2), collapsed: true },
			{ ...group('Current', 2, 0), collapsed: true },
		]);
		expect(html.match(/<details open/g)).toHaveLength(1);
		expect(html).toMatch(/<details>\s*<summary><span class="large">Closed<\/span>/);
	});
});
