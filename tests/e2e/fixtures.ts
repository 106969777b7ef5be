import { test as base, expect } from '@playwright/test';

/**
 * Every browser test also checks what a reader would not see: console errors, failed requests, and requests
 * to any origin but the site's own (the site makes no third-party requests).
 */
export const test = base.extend<{ allowNotFound: string[]; pageProblems: string[] }>({
	/** Paths a test visits on purpose to see the 404 page; their 404 status is not a problem. */
	allowNotFound: [[], { option: true }],
	pageProblems: [
		async ({ page, baseURL, allowNotFound }, use) => {
			const problems: string[] = [];
			const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const isExpected404 = (url: string) => allowNotFound.includes(new URL(url).pathname);
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				if (message.text().includes('404') && isExpected404(message.location().url)) return;
				problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
			page.on('requestfailed', (request) => {
				// The browser aborts requests still in flight when the reader navigates on: not a broken resource.
				if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
				problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
			});
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (['http:', 'https:'].includes(url.protocol) && url.origin !== ownOrigin) {
					problems.push(`third-party request: ${request.url()}`);
				}
			});
			await use(problems);
			expect(problems, 'the page logged errors or made failed or third-party requests').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
