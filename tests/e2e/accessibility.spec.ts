import AxeBuilder from '@axe-core/playwright';
import { devices } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const modes = [
	{ name: 'light', use: { colorScheme: 'light' as const } },
	{ name: 'dark', use: { colorScheme: 'dark' as const } },
	{ name: 'phone', use: { ...phone, colorScheme: 'light' as const } },
];

for (const mode of modes) {
	test.describe(`axe, ${mode.name}`, () => {
		test.use(mode.use);
		// A whitepaper page holds some 8,000 words and hundreds of links; axe needs tens of seconds on a busy machine.
		test.describe.configure({ timeout: 120_000 });
		for (const path of sitemapPaths()) {
			test(`${path} has no accessibility violations`, async ({ page }) => {
				await page.goto(path);
				const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
				const summary = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
				expect(summary).toEqual([]);
			});
		}
	});
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/guidance/upgrades/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: /skip to content/i });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#_top$/);
	await page.keyboard.press('Tab');
	const focusedInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
	expect(focusedInMain).toBe(true);
});

test('every interactive element in the header and sidebar is reachable and visibly focused', async ({ page }) => {
	await page.goto('/guidance/lts/');
	const seen = new Set<string>();
	for (let step = 0; step < 40; step++) {
		await page.keyboard.press('Tab');
		const focus = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return undefined;
			const style = getComputedStyle(element);
			const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			const shadowed = style.boxShadow !== 'none';
			return { key: `${element.tagName} ${element.getAttribute('href') ?? element.textContent?.trim().slice(0, 30)}`, visible: outlined || shadowed };
		});
		if (!focus) continue;
		expect(focus.visible, `${focus.key} shows no focus indicator`).toBe(true);
		seen.add(focus.key);
	}
	expect(seen.size).toBeGreaterThan(20);
});

test('the search dialog traps focus and returns it to the button on close', async ({ page }) => {
	await page.goto('/');
	const button = page.locator('button[data-search-open]');
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	// A modal dialog makes the page behind it inert: Tab cycles through the dialog and, past its end, may pass to
	// the browser's own controls (the body is then the active element), but never to the page underneath.
	const focusOutsideDialog = () =>
		page.evaluate(() => {
			const active = document.activeElement;
			return active !== null && active !== document.body && !active.closest('dialog');
		});
	for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
		await page.keyboard.press(key);
		expect(await focusOutsideDialog()).toBe(false);
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});
