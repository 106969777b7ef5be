import { expect, test } from './fixtures.ts';

test('the home page says what the working group is and routes to the charter and guidance', async ({
	page,
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Special Purpose Operating System Working Group'
	);
	await expect(page.locator('main')).toContainText('working group');
	const guidance = page.getByRole('link', { name: 'Read the guidance' });
	await guidance.click();
	await expect(page).toHaveURL(/\/guidance\/overview\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a guidance page shows its review status, sources and sidebar', async ({ page }) => {
	await page.goto('/guidance/lts/');
	await expect(page.locator('.review-status')).toContainText('Last reviewed');
	await expect(page.locator('nav[aria-label="Main"]')).toContainText('Guidance');
	const sourceLinks = page.locator('main .sl-markdown-content a[href^="https://"]');
	expect(await sourceLinks.count()).toBeGreaterThanOrEqual(5);
	await expect(page.getByRole('heading', { name: 'Recommendations' })).toBeVisible();
});

test.describe('an unknown address', () => {
	test.use({ allowNotFound: ['/no-such-page/'] });

	test('answers 404 with a page that helps the reader on', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: 'guidance overview' })).toHaveAttribute(
			'href',
			/\/guidance\/overview\/$/
		);
	});
});
