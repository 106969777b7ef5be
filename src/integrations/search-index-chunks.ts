import type { AstroIntegration } from 'astro';

/**
 * Word positions per file of the Pagefind index. Pagefind splits its word index into files of about 20,000
 * positions (some 33 KB compressed here); a query downloads every file its words fall in, so one search cost
 * 33-66 KB of index alone. Smaller files cost less per query but lengthen the list of file ranges that every
 * first search loads (pagefind.*.pf_meta), and that list grows with the site: at 1000 pages, 400 positions made
 * it 24.7 KB, 800 make it 17.9 KB (a first search 7 KB lighter), while this site's multi-word golden queries
 * load 1 KB more; 1600 would push those over their 100 KB budget.
 * Pagefind 1.6 reads this setting only from its environment variable, marked unstable: the search budget test
 * (tests/e2e/search-budget.spec.ts) fails if a Pagefind upgrade stops honouring it.
 */
const positionsPerFile = 800;

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
