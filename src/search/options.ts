/**
 * Settings for Pagefind's browser API, shared by the search dialog, the search page and the golden-query test,
 * so the ranking the test checks is the ranking readers get.
 */
export const searchOptions = {
	/**
	 * Search on the main thread. Pagefind would otherwise download a web worker (about 12 KB compressed) on the
	 * first search; with an index of a few dozen pages a query takes milliseconds, so the worker buys nothing.
	 */
	noWorker: true,
	/** Words of context around the matched terms in an excerpt. */
	excerptLength: 24,
	/**
	 * Tuned against tests/search/golden-queries.yaml (run the golden test to see top-1 and top-3 rates). Pages here
	 * are long (up to ~2,800 words) and share most of their vocabulary, so how often a word occurs says little:
	 * low termFrequency and pageLength stop long pages winning on repetition, and termSimilarity 9 ranks an exact
	 * word far above a longer word it is the prefix of. These are Starlight's defaults; Pagefind's own defaults
	 * (termFrequency 1, pageLength 0.75, termSaturation 1.4, termSimilarity 1) put three golden pages out of the
	 * top three, and no other setting tried did better. Headings keep Pagefind's weights (h1 7 down to h6 2,
	 * body 1); titles (weight 5) and descriptions (weight 1, indexed as metadata by SearchMetadata.astro) add
	 * Pagefind's metadata boost, which is what lifts a page whose title or description names the query.
	 */
	ranking: {
		termFrequency: 0.1,
		pageLength: 0.1,
		termSaturation: 2,
		termSimilarity: 9,
	},
};

/** Results shown at once; each shown result downloads its page's text (several KB), so this drives data use. */
export const resultsPerBatch = 3;
