import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeTags } from './axe.ts';
import { expect, test } from './fixtures.ts';

interface Entry {
	id: string;
	name: string;
	lifecycle: string;
	architectures: string[] | 'unknown';
	access: string;
}
const active: Entry[] = readdirSync('content/landscape')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		id: file.replace(/\.yaml$/, ''),
		...parse(readFileSync(`content/landscape/${file}`, 'utf8'), { schema: 'core' }),
	}))
	.filter((entry: Entry) => entry.lifecycle === 'active');

// The rules of two requirements, restated from their definitions, so the page is checked against the data.
const arm = (entry: Entry) =>
	entry.architectures === 'unknown'
		? 'unknown'
		: entry.architectures.includes('aarch64')
			? 'met'
			: 'not-met';
const noSsh = (entry: Entry) =>
	['host-container', 'api-only'].includes(entry.access)
		? 'met'
		: entry.access === 'ssh'
			? 'not-met'
			: 'unknown';
const idsWhere = (test: (entry: Entry) => boolean) =>
	active
		.filter(test)
		.map((entry) => entry.id)
		.sort();
const meetBoth = idsWhere((entry) => arm(entry) === 'met' && noSsh(entry) === 'met');
const toAsk = idsWhere(
	(entry) =>
		[arm(entry), noSsh(entry)].includes('unknown') &&
		![arm(entry), noSsh(entry)].includes('not-met')
);
const listed = async (page: Page, group: string) =>
	(
		await page
			.locator(`[data-chooser-list] h3:has-text("${group}") + :is(ol, ul) > li`)
			.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['os'] ?? ''))
	).sort();

test('a linked URL restores the requirements and shows matches, and unknowns apart with a question', async ({
	page,
}) => {
	await page.goto('/landscape/choose/?architecture=aarch64&no-ssh=yes');
	await expect(page.getByLabel('CPU architecture')).toHaveValue('aarch64');
	await expect(page.getByLabel('No SSH on the host')).toBeChecked();
	await expect(page.getByRole('status')).toContainText(
		`${meetBoth.length} meet all 2 requirements`
	);
	expect(await listed(page, 'Meet every requirement')).toEqual(meetBoth);
	expect(await listed(page, 'May meet them')).toEqual(toAsk);
	if (toAsk.length > 0) {
		const first = page.locator(`[data-chooser-list] li[data-os="${toAsk[0]}"]`);
		await expect(first.locator('li[data-verdict="unknown"]').first()).toContainText(
			'Ask the project:'
		);
	}
	// Each verdict of a match links to its source and to the section of the OS page that shows it.
	const match = page.locator(`[data-chooser-list] li[data-os="${meetBoth[0]}"]`);
	await expect(match.locator('li[data-verdict="met"]')).toHaveCount(2);
	await expect(match.locator(`a[href$="/landscape/${meetBoth[0]}/#system"]`).first()).toBeVisible();
});

test('the form works from the keyboard and keeps its state in the URL', async ({ page }) => {
	await page.goto('/landscape/choose/');
	await expect(page.getByRole('status')).toContainText('No requirement stated');
	await page.getByLabel('No SSH on the host').focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/[?&]no-ssh=yes\b/);
	await page.getByLabel('CPU architecture').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/[?&]architecture=/);
	await page.getByRole('button', { name: 'Show results' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Results', level: 2 })).toBeFocused();
	await page.getByRole('button', { name: 'Clear' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/landscape\/choose\/$/);
	await expect(page.getByLabel('No SSH on the host')).not.toBeChecked();
	// Projects no longer active are listed only when asked for.
	const inactiveCount = await page.locator('[data-chooser-list] li[data-os]').count();
	await page.getByLabel('Include projects that are no longer active').check();
	await expect(page).toHaveURL(/[?&]all=1\b/);
	expect(await page.locator('[data-chooser-list] li[data-os]').count()).toBeGreaterThan(
		inactiveCount
	);
});

test('at phone width the chooser and its results need no horizontal scroll and pass axe', async ({
	page,
}) => {
	// Axe over a page of some 600 links takes tens of seconds on a busy machine, twice here.
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/landscape/choose/?architecture=aarch64&no-ssh=yes&wasm=yes&support=12');
	await page.locator('[data-chooser-list] details summary').click();
	await expect(page.locator('[data-chooser-list] li[data-os]').first()).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
		expect(results.violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the chooser explains itself and lists every requirement OS by OS', async ({ page }) => {
		await page.goto('/landscape/choose/?no-ssh=yes');
		await expect(page.locator('[data-chooser-hint]')).toBeVisible();
		await expect(page.locator('[data-chooser-results]')).toBeHidden();
		const noSshLists = page.locator('section.coverage[data-capability="no-ssh"]');
		const provide = await noSshLists
			.locator('[data-verdict="met"] a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(provide.map((href) => href.split('/').at(-2)).sort()).toEqual(
			idsWhere((entry) => noSsh(entry) === 'met')
		);
	});

	test('the gaps page names capabilities at most two active projects provide', async ({ page }) => {
		await page.goto('/landscape/gaps/');
		const gaps = page.locator('section.gap');
		expect(await gaps.count()).toBeGreaterThan(0);
		for (const key of await page
			.locator('section.gap li[data-capability]')
			.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['capability']))) {
			const provide = page.locator(
				`section.coverage[data-capability="${key}"] [data-verdict="met"] a`
			);
			expect(await provide.count(), key).toBeLessThanOrEqual(2);
		}
		await expect(gaps.first().getByRole('link', { name: 'get involved' })).toBeVisible();
		const noSshGap = idsWhere((entry) => noSsh(entry) === 'met').length <= 2;
		await expect(page.locator('section.gap[data-gap="no-ssh"]')).toHaveCount(noSshGap ? 1 : 0);
	});
});
