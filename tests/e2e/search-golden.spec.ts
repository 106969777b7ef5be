import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect as baseExpect, test } from './fixtures.ts';

/** The first search compiles Pagefind's WebAssembly; on a busy machine that alone can take seconds. */
const expect = baseExpect.configure({ timeout: 15_000 });

interface GoldenQuery {
	query: string;
	expect: string;
	why: string;
}

const { queries } = parse(readFileSync('tests/search/golden-queries.yaml', 'utf8')) as {
	queries: GoldenQuery[];
};

test('the golden set is large enough and covers every kind of page it must', () => {
	expect(queries.length).toBeGreaterThanOrEqual(80);
	const expected = new Set(queries.map((golden) => golden.expect));
	const guidancePages =
		readFileSync('dist/sitemap-0.xml', 'utf8').match(/\/guidance\/[a-z-]+\//g) ?? [];
	for (const page of [...new Set(guidancePages), '/landscape/', '/charter/', '/glossary/'])
		expect(expected, page).toContain(page);
});

test('golden queries find their page: 95 % in the first three results, 75 % first', async ({
	page,
}) => {
	test.setTimeout(queries.length * 3_000);
	await page.goto('/search/');
	const search = page.locator('[data-search-page]');
	const ranked: string[][] = [];
	for (const golden of queries) {
		await search.getByRole('searchbox').fill(golden.query);
		await expect(search.getByRole('status')).toContainText(`“${golden.query}”`);
		const links = await search
			.locator('[data-search-results] > li > a')
			.evaluateAll((anchors) =>
				anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname)
			);
		ranked.push(links.slice(0, 3));
	}
	const ranks = queries.map((golden, index) => ranked[index]!.indexOf(golden.expect) + 1);
	const hits = (within: number) => ranks.filter((rank) => rank > 0 && rank <= within).length;
	const rate = (within: number) =>
		`${hits(within)}/${queries.length} (${Math.round((100 * hits(within)) / queries.length)}%)`;
	test.info().annotations.push({
		type: 'golden hit rate',
		description: `top 1: ${rate(1)}, top 3: ${rate(3)}`,
	});
	console.log(`golden queries: top 1 ${rate(1)}, top 3 ${rate(3)}`);
	const misses = queries.flatMap((golden, index) =>
		ranks[index] === 0
			? [
					`“${golden.query}” should find ${golden.expect} (${golden.why}); top 3: ${ranked[index]!.join(', ')}`,
				]
			: []
	);
	// Readers' queries are ambiguous at times; the set holds the rate, and every miss is named.
	if (misses.length > 0) console.log(misses.join('\n'));
	expect(hits(3) / queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	expect(hits(1) / queries.length, `top 1: ${rate(1)}`).toBeGreaterThanOrEqual(0.75);
});
