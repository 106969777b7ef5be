import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Response } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';

/** The first search compiles Pagefind's WebAssembly; on a busy machine that alone can take seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

/** Every schema object zod 4 builds carries a `_zod` property, so the name survives minification. */
const zodMarker = '_zod';
/** The search code fills this list; only the module that renders results names it. */
const searchCodeMarker = 'data-search-results';

/** The scripts the page has received so far, with their text. */
function scriptsOf(page: Page): Promise<{ url: string; text: string }>[] {
	const scripts: Promise<{ url: string; text: string }>[] = [];
	page.on('response', (response: Response) => {
		if (response.request().resourceType() === 'script')
			scripts.push(response.text().then((text) => ({ url: response.url(), text })));
	});
	return scripts;
}

test('no script the site ships contains zod', () => {
	const scripts = readdirSync('dist/_astro').filter((name) => name.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	expect(
		scripts.filter((name) => readFileSync(`dist/_astro/${name}`, 'utf8').includes(zodMarker))
	).toEqual([]);
});

test('a page downloads the search code when the dialog first opens, not before', async ({
	page,
}) => {
	const scripts = scriptsOf(page);
	await page.goto('/guidance/security/');
	// Idle callbacks run in order: once this one runs, what the page deferred to idle time has started loading.
	await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
	const beforeOpening = await Promise.all(scripts);
	expect(beforeOpening.length).toBeGreaterThan(0);
	expect(
		beforeOpening
			.filter((script) => script.text.includes(searchCodeMarker))
			.map((script) => script.url)
	).toEqual([]);

	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox').fill('kernel');
	await expect(dialog.locator('[data-search-results] > li').first()).toBeVisible();
	const afterSearching = await Promise.all(scripts);
	expect(afterSearching.some((script) => script.text.includes(searchCodeMarker))).toBe(true);
});

test('what a reader types while the search code is on its way is searched once it arrives', async ({
	page,
}) => {
	let release: () => void = () => {};
	const typed = new Promise<void>((resolve) => (release = resolve));
	// Holds the dialog's search module back until the reader has typed and chosen a facet.
	await page.route('**/_astro/dialog-search.*.js', async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto('/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox').fill('rollback');
	await dialog.getByLabel('Focus area').selectOption('edge');
	release();
	await expect(dialog.getByRole('status')).toContainText('“rollback” in Edge');
	await expect(dialog.locator('[data-search-results] > li > a').first()).toHaveAttribute(
		'href',
		/\/guidance\/edge\/$/
	);
	await expect(dialog.getByRole('link', { name: 'Open the search page' })).toHaveAttribute(
		'href',
		/\/search\/\?q=rollback&area=edge$/
	);
});
