import { guidancePages, glossaryTerms } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the area index links every focus area', async ({ page }) => {
	await page.goto('/areas/');
	for (const guidance of guidancePages) {
		await expect(page.locator(`main a[href="/areas/${guidance.area}/"]`)).toHaveCount(1);
	}
});

test("each area page lists the area's guidance and the glossary terms tagged with it", async ({
	page,
}) => {
	for (const guidance of guidancePages) {
		await page.goto(`/areas/${guidance.area}/`);
		await expect(page.locator('#guidance + ul a')).toHaveText([guidance.title]);
		await expect(page.locator('#guidance + ul a')).toHaveAttribute('href', guidance.path);
		const terms = glossaryTerms
			.filter((term) => term.guidance?.includes(guidance.area))
			.map((term) => `/glossary/#${term.slug}`);
		const links = await page
			.locator('#terms + ul a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links.sort()).toEqual(terms.sort());
	}
});

test('the security area shows the security fields of the landscape, each value linked to its source or marked unknown', async ({
	page,
}) => {
	await page.goto('/areas/security/');
	const table = page.getByRole('table');
	await expect(table.getByRole('columnheader', { name: 'Secure Boot' })).toBeVisible();
	const cells = table.locator('tbody td');
	expect(await cells.count()).toBeGreaterThan(0);
	for (const cell of await cells.all()) {
		const linked = await cell.locator('a[href^="https://"]').count();
		if (linked === 0) await expect(cell).toHaveText(/^(Unknown|None documented)$/);
	}
});

test('every guidance page ends with related pages that exist', async ({ request }) => {
	for (const guidance of guidancePages) {
		const html = await (await request.get(guidance.path)).text();
		const block =
			/<nav class="related-pages[^"]*" aria-labelledby="related-pages-heading">([\s\S]*?)<\/nav>/.exec(
				html
			)?.[1] ?? '';
		const links = [...block.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1] ?? '');
		expect(links.length, `${guidance.path} has related pages`).toBeGreaterThan(0);
		expect(links.length).toBeLessThanOrEqual(4);
		for (const href of links) {
			expect(href).not.toBe(guidance.path);
			expect((await request.get(href)).status(), `${guidance.path} links ${href}`).toBe(200);
		}
	}
});

test('the related pages read as a labelled navigation landmark after the page content', async ({
	page,
}) => {
	await page.goto('/guidance/upgrades/');
	const related = page.getByRole('navigation', { name: 'Related pages' });
	await expect(related.getByRole('heading', { name: 'Related pages' })).toBeVisible();
	await expect(related.getByRole('link').first()).toBeVisible();
});

test('tag pages list the pages carrying the tag, and the tag index links every tag page', async ({
	page,
	request,
}) => {
	await page.goto('/tags/');
	const tagLinks = await page
		.locator('main ul.tags a')
		.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
	expect(tagLinks).toContain('/tags/wasm/');
	for (const href of tagLinks) expect((await request.get(href)).status(), href).toBe(200);
	await page.goto('/tags/wasm/');
	await expect(page.locator('main .page-list a[href="/guidance/wasm/"]')).toBeVisible();
});

test('whitepaper sections on area pages link to headings that exist on the whitepaper pages', async ({
	page,
	request,
}) => {
	await page.goto('/areas/lts/');
	const links = await page
		.locator('#whitepapers ~ ul a')
		.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
	expect(links.length).toBeGreaterThan(0);
	const idsByPage = new Map<string, string>();
	for (const link of links) {
		const [path = '', anchor = ''] = link.split('#');
		if (!idsByPage.has(path)) idsByPage.set(path, await (await request.get(path)).text());
		expect(idsByPage.get(path), link).toContain(`id="${anchor}"`);
	}
});

test('the site map lists every page of the sidebar under its group, where bounded sidebars link for the rest', async ({
	page,
}) => {
	await page.goto('/glossary/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Site map' })
		.click();
	await expect(page).toHaveURL(/\/site-map\/$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Guidance' })).toHaveAttribute(
		'id',
		'guidance'
	);
	for (const path of [
		'/',
		'/charter/',
		'/whitepapers/',
		'/landscape/',
		'/tags/',
		...guidancePages.map((guidance) => guidance.path),
	]) {
		await expect(page.locator(`main a[href="${path}"]`), path).toHaveCount(1);
	}
});
