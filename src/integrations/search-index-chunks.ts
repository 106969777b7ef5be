import type { AstroIntegration } from 'astro';

/**
 * Word positions per file of the Pagefind index. Pagefind splits its word index into files of about 20,000
 * positions (some 33 KB compressed here); a query downloads every file its words fall in, so one search cost
 * 33-66 KB of index alone. Smaller files cost less per query but lengthen the list of file ranges that every
 * first search loads (pagefind.*.pf_meta), and that list grows with the site.
 * Measured on this site (253 pages, 2026-12-04), the golden set's first query (six words, three long guidance
 * pages as results) loaded 103.7 KB at 800 positions, 103.3 KB at 400, 101.7 KB at 300 and 102.6 KB at 200:
 * below 300 the longer range list outweighs the smaller files. (At the 1000-page size of `npm run bench`, 800
 * was the best of 400, 800 and 1600.) The fixed part, Pagefind's engine, is 73 KB of it.
 * Pagefind 1.6 reads this setting only from its environment variable, marked unstable: the search budget test
 * (tests/e2e/search-budget.spec.ts) fails if a Pagefind upgrade stops honouring it.
 */
const positionsPerFile = 300;

/** Sets Pagefind's index file size before Starlight builds the index at the end of the build. */
export function searchIndexChunks(): AstroIntegration {
	return {
		name: 'wg-sp-os:search-index-chunks',
		hooks: {
			'astro:config:setup': () => {
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(positionsPerFile);
			},
		},
	};
}
