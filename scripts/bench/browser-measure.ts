import { chromium, type Browser, type Page } from '@playwright/test';
import { findBrowser, systemChromiumArgs } from '#src/integrations/browser.ts';
import type { StaticServer } from './static-server.ts';

/** The bytes a step made the server send, and in how many responses. */
export interface Transfer {
	wireBytes: number;
	requests: number;
}

export interface VisitMeasurement {
	/** A first visit with an empty cache, until the network has been quiet for a while (idle-time loads count). */
	firstVisit: Transfer;
	/** Starlight's styles are in force (its custom properties resolve). */
	stylesApplied: boolean;
	/** One entry per search term, in order, in the same tab: the first search pays for the search engine. */
	searches: (Transfer & { term: string; results: number })[];
}

/**
 * What the benchmark reads of a search UI, for the two it meets: Starlight's Pagefind UI (stock) and this site's
 * faceted search (a live region that names the query, and a list of results).
 */
const searchUi = {
	message: '.pagefind-ui__message, [role="status"]',
	result: '.pagefind-ui__result, .search-result',
};
const quietForMs = 1000;
const giveUpAfterMs = 60_000;

export async function launchChromium(): Promise<Browser> {
	const found = findBrowser();
	if (!found)
		throw new Error(
			'no Chromium found: run `npx playwright install chromium` or set CHROMIUM_PATH'
		);
	return chromium.launch(
		found.executablePath ? { executablePath: found.executablePath, args: systemChromiumArgs } : {}
	);
}

/** Visits `url` of the served site in a fresh browser context, then searches for each term in turn. */
export async function measureVisit(
	browser: Browser,
	server: StaticServer,
	url: string,
	terms: readonly string[]
): Promise<VisitMeasurement> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const firstVisit = await transferDuring(server, async () => {
			const response = await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
			// Idle callbacks run in order: once this one runs, what the page deferred to idle time has started loading.
			await page.evaluate(
				() => new Promise<void>((resolve) => requestIdleCallback(() => resolve()))
			);
		});
		const stylesApplied = await page.evaluate(
			() =>
				getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim() !==
				''
		);
		const searches: VisitMeasurement['searches'] = [];
		for (const term of terms) {
			const transfer = await transferDuring(server, () => search(page, term));
			// Counted once the network is quiet: Pagefind shows its count before the results' fragments arrive.
			const results = await page.getByRole('dialog').locator(searchUi.result).count();
			searches.push({ term, results, ...transfer });
		}
		return { firstVisit, stylesApplied, searches };
	} finally {
		await context.close();
	}
}

/** Types `term` into the search dialog and waits until the dialog says what it found. */
async function search(page: Page, term: string): Promise<void> {
	const dialog = page.getByRole('dialog');
	if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Search' }).click();
	await dialog.getByPlaceholder('Search').fill(term);
	await dialog.locator(searchUi.message, { hasText: term }).waitFor({ timeout: giveUpAfterMs });
}

/** What the server sent while `step` ran and until it had been idle for a second afterwards. */
async function transferDuring(server: StaticServer, step: () => Promise<void>): Promise<Transfer> {
	const start = server.responses.length;
	await step();
	await untilQuiet(server);
	const responses = server.responses.slice(start);
	return {
		wireBytes: responses.reduce((sum, response) => sum + response.wireBytes, 0),
		requests: responses.length,
	};
}

async function untilQuiet(server: StaticServer): Promise<void> {
	const deadline = Date.now() + giveUpAfterMs;
	let seen = -1;
	let quietSince = Date.now();
	while (Date.now() < deadline) {
		if (server.responses.length !== seen || server.pending() > 0) {
			seen = server.responses.length;
			quietSince = Date.now();
		} else if (Date.now() - quietSince >= quietForMs) {
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`the page kept loading for ${giveUpAfterMs / 1000} s`);
}
