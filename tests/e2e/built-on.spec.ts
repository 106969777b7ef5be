import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Pages measured against the day of their build say which day that was, and it is the day their content
 * uses. The day itself is whatever the build ran on, so the tests compare the page with itself.
 */
const builtOn = (page: Page) => page.locator('.built-on time').first().getAttribute('datetime');

test('the support timeline says the day it was built, the day its "today" line marks', async ({
	page,
}) => {
	for (const path of ['/lifecycles/', '/guidance/lts/']) {
		await page.goto(path);
		const timeline = page.locator('[data-support-timeline]').first();
		await expect(timeline.locator('.built-on')).toContainText(/^\s*Built on \d{4}-\d{2}-\d{2}/);
		const day = await builtOn(page);
		await expect(timeline.locator('.caption-text'), path).toContainText(`as of ${day}.`);
	}
});

test('the stack calculator and a common stack say the day their answers were computed on', async ({
	page,
}) => {
	await page.goto('/lifecycles/stack/');
	await expect(page.locator('.built-on')).toHaveCount(1);
	const day = await builtOn(page);
	await expect(
		page.getByText('These combinations have a page of their own').locator('time')
	).toHaveAttribute('datetime', day ?? '');
	await page.locator('ul.stacks a').first().click();
	await expect(page.locator('.built-on')).toContainText(`Built on ${day}`);
	await expect(page.getByText('Support of this stack as of').locator('time')).toHaveAttribute(
		'datetime',
		day ?? ''
	);
});
