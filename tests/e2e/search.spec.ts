import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/**
 * A word that occurs in the body of the LTS guidance page and in no heading, title or other page, chosen
 * from the built site so the test follows the content rather than a hard-coded query.
 */
function wordOnlyInBodyOf(pagePath: string, otherPages: string[]): string {
	const textOf = (file: string) => readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ').toLowerCase();
	const html = readFileSync(pagePath, 'utf8');
	const headings = (html.match(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>|<title>[\s\S]*?<\/title>/g) ?? []).join(' ').toLowerCase();
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	const others = otherPages.map(textOf).join(' ');
	const words = [...new Set(main.replace(/<[^>]+>/g, ' ').toLowerCase().match(/\b[a-z]{9,}\b/g) ?? [])];
	const word = words.find((candidate) => !headings.includes(candidate) && !others.includes(candidate));
	if (!word) throw new Error(`no word unique to the body of ${pagePath}`);
	return word;
}

test('search finds a page by a word that appears only in its body', async ({ page }) => {
	const word = wordOnlyInBodyOf('dist/guidance/lts/index.html', ['dist/index.html', 'dist/404.html']);
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByPlaceholder('Search').fill(word);
	await expect(dialog.locator('a[href*="/guidance/lts/"]').first()).toBeVisible();
});
