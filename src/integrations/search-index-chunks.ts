import type { AstroIntegration } from 'astro';

/**
 * Word positions per file of the Pagefind index. Pagefind splits its word index into files of about 20,000
 * positions (some 33 KB compressed here); a query downloads every file its words fall in, so one search cost
 * 33-66 KB of index alone. Files of 800 positions (about 1.6 KB) bring that down to a few KB per query,
 * for a larger index directory (the list of file ranges, about 1.6 KB, loaded once).
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
