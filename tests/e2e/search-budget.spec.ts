import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { expect as baseExpect, test } from './fixtures.ts';

/** The first search compiles Pagefind's WebAssembly; on a busy machine that alone can take seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

const { queries } = parse(readFileSync('tests/search/golden-queries.yaml', 'utf8')) as {
	queries: { query: string }[];
};
const [first, second] = queries.map((golden) => golden.query) as [string, string];

/**
 * The data budget of search: a reader's first search downloads at most 100 KB, a later query at most 20 KB,
 * counted as the gzip-compressed size of every request to the Pagefind bundle (as a host serving gzip would send
 * it). The queries are the first two of the golden set, so the measure follows realistic queries, not chosen ones.
 */
test('a first search stays within 100 KB and a second query within 20 KB', async ({ page }) => {
	const sizes: Promise<number>[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.includes('/pagefind/'))
			sizes.push(response.body().then((body) => gzipSync(body).length));
	});
	const transferredBy = async (query: string) => {
		sizes.length = 0;
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('searchbox').fill(query);
		await expect(dialog.getByRole('status')).toContainText(`“${query}”`);
		await expect(dialog.locator('[data-search-results] > li').first()).toBeVisible();
		return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
	};

	await page.goto('/');
	await page.keyboard.press('/');
	const firstBytes = await transferredBy(first);
	const secondBytes = await transferredBy(second);
	console.log(
		`search bytes (gzip): first query “${first}” ${firstBytes}, second query “${second}” ${secondBytes}`
	);
	test.info().annotations.push({
		type: 'search bytes',
		description: `first ${firstBytes}, second ${secondBytes}`,
	});
	expect(firstBytes).toBeGreaterThan(0);
	expect(firstBytes).toBeLessThanOrEqual(100 * 1024);
	expect(secondBytes).toBeLessThanOrEqual(20 * 1024);
});
