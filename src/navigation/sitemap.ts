/**
 * Pages a search engine should not list: the stack calculator's pre-computed answers (results, not content)
 * and the whitepaper short links, which only redirect to a paper's page.
 */
const unlisted = [/\/lifecycles\/stack\/[^/]+\/[^/]+\/[^/]+\/$/, /\/wp\/.+/];

export function isListedInSitemap(pageUrl: string): boolean {
	const path = new URL(pageUrl).pathname;
	return !unlisted.some((pattern) => pattern.test(path));
}
