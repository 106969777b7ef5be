/**
 * Pages a search engine should not list: the stack calculator's pre-computed answers (results, not content),
 * the whitepaper short links, which only redirect to a paper's page, and the one-tag listings (thin pages
 * of links; the tag index /tags/ is listed).
 */
const unlisted = [/\/lifecycles\/stack\/[^/]+\/[^/]+\/[^/]+\/$/, /\/wp\/.+/, /\/tags\/[^/]+\/$/];

export function isListedInSitemap(pageUrl: string): boolean {
	const path = new URL(pageUrl).pathname;
	return !unlisted.some((pattern) => pattern.test(path));
}
