import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** What of the site title a reader sees, and whether any of it is cut off by its own box or the header's. */
async function visibleTitle(page: Page) {
	return page.locator('.site-title').evaluate((link) => {
		const wrapper = link.closest('.title-wrapper') ?? link;
		const right = wrapper.getBoundingClientRect().right;
		const shown = [...link.querySelectorAll('span')].filter(
			(span) => span.getBoundingClientRect().width > 1
		);
		return {
			text: shown.map((span) => span.textContent?.trim()).join(' '),
			clipped: shown.some(
				(span) => span.scrollWidth > span.clientWidth || span.getBoundingClientRect().right > right
			),
		};
	});
}

for (const width of [320, 390]) {
	test(`on a ${width} px phone the header shows the short site title whole`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('/charter/');
		expect(await visibleTitle(page)).toEqual({ text: 'wg-sp-os', clipped: false });
		// The full name is still what a screen reader announces for the home link.
		await expect(
			page.getByRole('banner').getByRole('link', { name: /Special Purpose OS Working Group/ })
		).toBeVisible();
	});
}

test('on a wide screen the header shows the full site title whole', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/charter/');
	expect(await visibleTitle(page)).toEqual({
		text: 'Special Purpose OS Working Group',
		clipped: false,
	});
});
