/**
 * Lighthouse in the Chromium the browser tests use: one fresh browser per audit, which Lighthouse reaches
 * through the DevTools port it opens. The browser tests assert its accessibility, best-practices and SEO
 * scores; `npm run bench` reports its performance score, which moves with the machine's load.
 */
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { createServer } from 'node:net';
import { findBrowser, launchOptionsFor } from '#src/integrations/browser.ts';

/** Lighthouse's two presets: its default configuration is the mobile one. */
export const lighthousePresets = { mobile: undefined, desktop: desktopConfig } as const;
export type LighthousePreset = keyof typeof lighthousePresets;

/** A port no one listens on now, for Chromium's DevTools endpoint. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/** Audits `url` with one preset, in the given categories; throws when Lighthouse could not audit the page. */
export async function auditPage(
	url: string,
	preset: LighthousePreset,
	categories: readonly string[]
): Promise<Result> {
	const port = await freePort();
	const options = launchOptionsFor(findBrowser());
	const browser = await chromium.launch({
		...options,
		args: [...(options.args ?? []), `--remote-debugging-port=${port}`],
	});
	try {
		const result = await lighthouse(
			url,
			// No full-page screenshot: no audit here needs one, and on long pages it is the slowest step.
			{
				port,
				logLevel: 'error',
				onlyCategories: [...categories],
				disableFullPageScreenshot: true,
			},
			lighthousePresets[preset]
		);
		const report = result?.lhr;
		if (!report || report.runtimeError) {
			throw new Error(
				`Lighthouse could not audit ${url}: ${report?.runtimeError?.message ?? 'no report'}`
			);
		}
		return report;
	} finally {
		await browser.close();
	}
}

/** Every weighted audit of the report's categories that scored below full marks, as `category: audit (title)`. */
export function auditsBelowFullScore(report: Result): string[] {
	return Object.values(report.categories).flatMap((category) =>
		category.auditRefs
			.filter(({ id, weight }) => weight > 0 && (report.audits[id]?.score ?? 1) < 1)
			.map(({ id }) => `${category.id}: ${id} (${report.audits[id]?.title})`)
	);
}
