import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { editUrlOf } from '#src/contributing/repository-links.ts';
import { reviewDates } from '#src/review/review-dates.ts';
import { addDays, reviewIntervalDays, staleness } from '#src/review/staleness.ts';
import { docsRoute } from '#src/validation/content-routes.ts';
import { axeTags } from './axe.ts';
import { expect, test } from './fixtures.ts';

const guidancePage = 'src/content/docs/guidance/lts.mdx';

test('"Edit this page" opens the page\'s own source file, and the report link names the page', async ({
	page,
}) => {
	expect(existsSync(guidancePage)).toBe(true);
	const path = docsRoute(guidancePage.replace('src/content/docs/', ''));
	await page.goto(path);
	await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
		'href',
		editUrlOf(guidancePage)
	);
	const report = new URL(
		(await page
			.getByRole('link', { name: 'Report a problem with this page' })
			.getAttribute('href')) ?? ''
	);
	const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	expect(report.searchParams.get('title')).toContain(title);
	expect(report.searchParams.get('page-url')).toMatch(new RegExp(`${path}$`));
	await expect(page.locator('.page-history')).toContainText(
		/Last updated: (\d{4}-\d{2}-\d{2}|not available)/
	);
});

test("a landscape page's edit link opens its YAML file", async ({ page }) => {
	const file = 'content/landscape/flatcar.yaml';
	expect(existsSync(file)).toBe(true);
	await page.goto('/landscape/flatcar/');
	await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
		'href',
		editUrlOf(file)
	);
});

/**
 * The stale notice depends on the day of the build. This builds the site a second time, into .tmp/, with
 * REVIEW_TODAY set to the day after one page's review falls due, and serves it on the next port; the real content
 * stays as it is. Expectations come from the pages' own review dates and intervals.
 */
test.describe('on a day when a page is past its review interval', () => {
	const port = Number(process.env['E2E_PORT'] ?? 4322) + 1;
	test.use({ baseURL: `http://127.0.0.1:${port}` });

	// Splash pages (home, 404) have no title block and so no notice.
	const pages = reviewDates('.').filter(
		(entry) =>
			entry.file.startsWith('src/content/docs/') &&
			!/^template: splash$/m.test(readFileSync(entry.file, 'utf8'))
	);
	const stalePage = pages.find((entry) => entry.status === 'review');
	const today = stalePage
		? addDays(stalePage.lastReviewed, (reviewIntervalDays[stalePage.status] ?? 0) + 1)
		: '';
	let outDir = '';
	let server: ChildProcess | undefined;

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		mkdirSync('.tmp', { recursive: true });
		outDir = relative('.', mkdtempSync(join(realpathSync('.tmp'), 'stale-site-')));
		const env = { ...process.env, REVIEW_TODAY: today, ASTRO_TELEMETRY_DISABLED: '1' };
		const astro = 'node_modules/astro/bin/astro.mjs';
		const build = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { env });
		let log = '';
		build.stdout.on('data', (chunk) => (log += chunk));
		build.stderr.on('data', (chunk) => (log += chunk));
		const status = await new Promise((resolve) => build.on('close', resolve));
		if (status !== 0) throw new Error(`the build for ${today} failed:\n${log}`);
		server = spawn(
			process.execPath,
			[
				astro,
				'preview',
				'--outDir',
				outDir,
				'--host',
				'127.0.0.1',
				'--port',
				String(port),
				'--ignore-lock',
			],
			{ env, stdio: 'ignore' }
		);
		for (let attempt = 0; attempt < 120; attempt += 1) {
			if (
				await fetch(`http://127.0.0.1:${port}/`).then(
					(response) => response.ok,
					() => false
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`the preview of ${outDir} did not start on port ${port}`);
	});

	test.afterAll(() => {
		server?.kill();
		if (outDir) rmSync(outDir, { recursive: true, force: true });
	});

	test('pages past their interval say they may be out of date; others do not', async ({ page }) => {
		const freshPage = pages.find((entry) => !staleness(entry.status, entry.lastReviewed, today));
		expect(stalePage, 'a page in review to make stale').toBeDefined();
		expect(freshPage, 'a page still within its interval on that day').toBeDefined();
		for (const entry of [stalePage, freshPage].filter((entry) => entry !== undefined)) {
			await page.goto(docsRoute(entry.file.replace('src/content/docs/', '')));
			const notice = page.getByRole('complementary', { name: 'May be out of date' });
			if (staleness(entry.status, entry.lastReviewed, today)) {
				await expect(notice, entry.file).toContainText('This page may be out of date');
				await expect(notice).toContainText(entry.lastReviewed);
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					const axe = await new AxeBuilder({ page })
						.withTags(axeTags)
						.include('.stale-notice')
						.include('footer')
						.analyze();
					expect(axe.violations, `${colorScheme} theme`).toEqual([]);
				}
			} else {
				await expect(notice, entry.file).toHaveCount(0);
			}
		}
	});
});
