import AxeBuilder from '@axe-core/playwright';
import { devices, type Page } from '@playwright/test';

/** The rules every page is held to: WCAG 2.2 AA and axe's best practices. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The site's phone viewport: Pixel 7's size and touch, in the same browser. */
export const phone = devices['Pixel 7'].viewport;

/**
 * Runs axe on the loaded page in the light theme, the dark theme and at a phone's width, without a reload
 * (Starlight's theme follows the colour scheme and its layout the viewport), and returns every violation as
 * `view: rule (impact): targets`.
 */
export async function violationsInViews(page: Page): Promise<string[]> {
	const violations: string[] = [];
	for (const view of ['light', 'dark', 'phone'] as const) {
		await page.emulateMedia({ colorScheme: view === 'dark' ? 'dark' : 'light' });
		if (view === 'phone') await page.setViewportSize(phone);
		// Expressive Code makes a code block focusable once it sees that the block scrolls, from a debounced resize
		// observer, after the page's load and after each resize: wait for that rather than test the moment in between.
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.expressive-code pre')].every(
				(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
			)
		);
		const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
		violations.push(
			...results.violations.map(
				(violation) =>
					`${view}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
			)
		);
	}
	return violations;
}
