import AxeBuilder from '@axe-core/playwright';
import { axeTags, violationsInViews } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * One test per page: axe runs in the light theme, the dark theme and at a phone's width on the same loaded page
 * (Starlight's theme follows the colour scheme and its layout the viewport, without a reload).
 */
for (const path of sitemapPaths()) {
	test(`${path} has no accessibility violations in light, dark and phone views`, async ({
		page,
	}) => {
		// A whitepaper page holds some 8,000 words and hundreds of links; axe needs tens of seconds on a busy machine.
		test.setTimeout(180_000);
		await page.goto(path);
		expect(await violationsInViews(page)).toEqual([]);
	});
}

test('a one-tag listing (left out of the sitemap) has no accessibility violations', async ({
	page,
}) => {
	await page.goto('/tags/');
	await page.locator('main a[href*="/tags/"]').first().click();
	await expect(page).toHaveURL(/\/tags\/[^/]+\/$/);
	const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

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

test('every interactive element in the header and sidebar is reachable and visibly focused', async ({
	page,
}) => {
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
			return {
				key: `${element.tagName} ${element.getAttribute('href') ?? element.textContent?.trim().slice(0, 30)}`,
				visible: outlined || shadowed,
			};
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
	for (const key of [
		'Tab',
		'Tab',
		'Tab',
		'Tab',
		'Tab',
		'Tab',
		'Tab',
		'Tab',
		'Shift+Tab',
		'Shift+Tab',
	]) {
		await page.keyboard.press(key);
		expect(await focusOutsideDialog()).toBe(false);
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});
