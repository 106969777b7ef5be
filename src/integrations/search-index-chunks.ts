import type { AstroIntegration } from 'astro';
import { globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Word positions per file of the Pagefind index, chosen from the size of the site. Pagefind splits its word
 * index into files of about 20,000 positions (some 33 KB compressed); a query downloads every file its words
 * fall in. Smaller files cost less per query but lengthen the list of file ranges that every first search loads
 * (pagefind.*.pf_meta), and that list grows with the number of pages. Measured (first search of the golden
 * set's first query, or of a common word on the benchmark's corpus):
 * - this site, 18 docs pages and 253 HTML pages in all (2026-12-04): 103.7 KB at 800 positions, 103.3 KB at 400,
 *   101.7 KB at 300, 102.6 KB at 200;
 * - the benchmark's corpus at 1000 pages, Pagefind rerun on the same build at each size (2026-12-04, first search
 *   without the dialog's own 2.7 KB of script; stock Starlight 130.9 KB in all): 113.3 KB at 800, 109.8 at 1600,
 *   107.5 at 3200, 105.5 at 6400, 105.1 at 12,800, where a later search's file passes its 20 KB budget (23.5 KB;
 *   15.8 KB at 6400). The common word's file is 15.6 KB at every size: its postings fill a file alone. (A series of
 *   2026-11-28 had found 800 lightest at this size; why the two differ is not known, and this one is on one build.)
 * - the benchmark's corpus at 3000 pages, index rebuilt at each size (2026-12-04; stock Starlight 162.9 KB):
 *   170.0 KB at 800, 162.1 at 1600, 156.8 at 3200, 153.5 at 6400, 151.6 at 12,800. The list of file ranges
 *   shrinks from 40 KB to 24 KB, but the file of a common word stays 45 KB (its postings alone), and from 12,800 on
 *   a later search's file passes its 20 KB budget (23.8 KB; 15.8 KB at 6400).
 * What no setting changes: Pagefind's engine (its wasm and JS, 73 KB) and the postings of a common word load on
 * every first search, which keeps it above 0.8 × stock's from some 1000 pages on (README, Benchmark).
 * Pagefind 1.6 reads this setting only from its environment variable, marked unstable: the search budget test
 * (tests/e2e/search-budget.spec.ts) fails if a Pagefind upgrade stops honouring it.
 */
// The threshold lies between two sizes measured (the site itself and 1000 pages); the benchmark's table shows where
// each size stands.
export function positionsPerFile(docsPages: number): number {
	return docsPages < 500 ? 300 : 6400;
}

/** Sets Pagefind's index file size before Starlight builds the index at the end of the build. */
export function searchIndexChunks(): AstroIntegration {
	return {
		name: 'wg-sp-os:search-index-chunks',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const docs = fileURLToPath(new URL('src/content/docs/', config.root));
				const pages = globSync('**/*.{md,mdx}', { cwd: docs }).length;
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(positionsPerFile(pages));
			},
		},
	};
}
