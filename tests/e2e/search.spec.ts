import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { axeTags } from './axe.ts';
import { expect as baseExpect, test } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

/** The first search compiles Pagefind's WebAssembly; on a busy machine that alone can take seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * A word that occurs in the body of the LTS guidance page and in no heading, title or other page, chosen
 * from the built site so the test follows the content rather than a hard-coded query.
 */
function wordOnlyInBodyOf(pagePath: string, otherPages: string[]): string {
	const textOf = (file: string) =>
		readFileSync(file, 'utf8')
			.replace(/<[^>]+>/g, ' ')
			.toLowerCase();
	const html = readFileSync(pagePath, 'utf8');
	const headings = (html.match(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>|<title>[\s\S]*?<\/title>/g) ?? [])
		.join(' ')
		.toLowerCase();
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	const others = otherPages.map(textOf).join(' ');
	const words = [
		...new Set(
			main
				.replace(/<[^>]+>/g, ' ')
				.toLowerCase()
				.match(/\b[a-z]{9,}\b/g) ?? []
		),
	];
	const word = words.find(
		(candidate) => !headings.includes(candidate) && !others.includes(candidate)
	);
	if (!word) throw new Error(`no word unique to the body of ${pagePath}`);
	return word;
}

test('search finds a page by a word that appears only in its body', async ({ page }) => {
	const word = wordOnlyInBodyOf('dist/guidance/lts/index.html', [
		'dist/index.html',
		'dist/404.html',
	]);
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByPlaceholder('Search').fill(word);
	await expect(dialog.locator('a[href*="/guidance/lts/"]').first()).toBeVisible();
});

test('/ and Ctrl+K open the search dialog with the cursor in the search box', async ({ page }) => {
	await page.goto('/guidance/security/');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await page.keyboard.press('/');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.keyboard.press('Control+k');
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	await page.keyboard.press('Control+k');
	await expect(dialog).toBeHidden();
});

test('a facet narrows the results and is kept in the URL', async ({ page }) => {
	await page.goto('/search/?q=secure+boot');
	const search = page.locator('[data-search-page]');
	const status = search.getByRole('status');
	await expect(status).toContainText('“secure boot”');
	const allCount = Number((await status.textContent())?.match(/\d+/)?.[0]);

	await search.getByLabel('Content type').selectOption('landscape');
	await expect(page).toHaveURL(/[?&]type=landscape(&|$)/);
	await expect(page).toHaveURL(/[?&]q=secure\+boot(&|$)/);
	await expect(status).toContainText('in Landscape');
	const narrowedCount = Number((await status.textContent())?.match(/\d+/)?.[0]);
	expect(narrowedCount).toBeGreaterThan(0);
	expect(narrowedCount).toBeLessThan(allCount);
	for (const href of await search
		.locator('[data-search-results] > li > a')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))) {
		expect(href).toMatch(/^\/landscape\//);
	}

	await page.reload();
	await expect(search.getByLabel('Content type')).toHaveValue('landscape');
	await expect(search.getByRole('searchbox')).toHaveValue('secure boot');
	await expect(status).toContainText('in Landscape');
});

test('the dialog narrows by focus area and hands its search to the search page', async ({
	page,
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox').fill('rollback');
	await dialog.getByLabel('Focus area').selectOption('edge');
	await expect(dialog.getByRole('status')).toContainText('in Edge');
	await expect(dialog.locator('[data-search-results] > li > a')).toHaveCount(1);
	await expect(dialog.locator('[data-search-results] > li > a')).toHaveAttribute(
		'href',
		/\/guidance\/edge\/$/
	);
	await dialog.getByRole('link', { name: 'Open the search page' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=rollback&area=edge$/);
	await expect(page.locator('[data-search-page] [data-search-results] > li > a')).toHaveCount(1);
});

test('the index holds page text only: no navigation, footer or review-status chrome', async ({
	page,
}) => {
	await page.goto('/');
	const contents = await page.evaluate(async () => {
		const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
		const { results } = await pagefind.search(null, { filters: {} });
		return Promise.all(
			results.map(async (result: { data(): Promise<{ url: string; content: string }> }) =>
				result.data()
			)
		);
	});
	// Every sitemap page that is marked for indexing (not the search page, nor a duplicate such as a paper's
	// current version at its versioned address).
	const indexedPages = sitemapPaths().filter((path) =>
		readFileSync(`dist${path}index.html`, 'utf8').includes('data-pagefind-body')
	);
	expect(contents.length).toBe(indexedPages.length);
	expect(indexedPages.length).toBeGreaterThan(30);
	const chrome = [
		'Skip to content',
		'Start here',
		'On this page',
		'Edit page',
		'No owner yet',
		'In review: not yet checked',
	];
	for (const { url, content } of contents) {
		for (const text of chrome) expect(content, `${url} indexes “${text}”`).not.toContain(text);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says search needs JavaScript and offers the guidance instead', async ({
		page,
	}) => {
		await page.goto('/search/');
		await expect(page.locator('main')).toContainText('needs JavaScript');
		await expect(page.getByRole('link', { name: 'guidance overview' })).toHaveAttribute(
			'href',
			/\/guidance\/overview\/$/
		);
		await expect(page.getByRole('link', { name: 'Search', exact: true })).toHaveAttribute(
			'href',
			/\/search\/$/
		);
	});
});

for (const theme of ['light', 'dark'] as const) {
	test(`search has no accessibility violations in the ${theme} theme`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ colorScheme: theme });
		await page.goto('/search/?q=upgrade&type=guidance');
		await expect(
			page.locator('[data-search-page] [data-search-results] > li').first()
		).toBeVisible();
		expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations).toEqual([]);

		await page.keyboard.press('Control+k');
		await page.getByRole('dialog').getByRole('searchbox').fill('kernel');
		await expect(
			page.getByRole('dialog').locator('[data-search-results] > li').first()
		).toBeVisible();
		expect(
			(await new AxeBuilder({ page }).withTags(axeTags).include('dialog').analyze()).violations
		).toEqual([]);
	});
}
