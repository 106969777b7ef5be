import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { phone, violationsInViews } from './axe.ts';
import { expect, test } from './fixtures.ts';

const entry = (id: string) =>
	parse(readFileSync(`content/landscape/${id}.yaml`, 'utf8'), { schema: 'core' }) as Record<
		string,
		unknown
	> & { name: string };
const bottlerocket = entry('bottlerocket');
const flatcar = entry('flatcar');
const talos = entry('talos');

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const row = (page: Page, field: string) =>
	page.locator(`[data-compare-grid] [data-field="${field}"]`);

test('a linked choice is restored from the URL, with differing rows marked in words', async ({
	page,
}) => {
	await page.goto('/landscape/compare/?os=flatcar,bottlerocket');
	await expect(checkbox(page, flatcar.name)).toBeChecked();
	await expect(checkbox(page, bottlerocket.name)).toBeChecked();
	await expect(checkbox(page, talos.name)).not.toBeChecked();
	await expect(page.getByRole('status')).toContainText(
		`Comparing ${bottlerocket.name} and ${flatcar.name}`
	);
	const secureBoot = row(page, 'secureBoot');
	await expect(secureBoot.locator('dd[data-os="flatcar"]')).toBeVisible();
	await expect(secureBoot.locator('dd[data-os="talos"]')).toBeHidden();
	// Each shown cell links its value to the source and quotes the source.
	const flatcarSources = flatcar['sources'] as Record<string, { url: string }>;
	await expect(secureBoot.locator('dd[data-os="flatcar"] a').first()).toHaveAttribute(
		'href',
		flatcarSources['secureBoot']!.url
	);
	await expect(secureBoot.locator('dd[data-os="flatcar"] blockquote')).toBeVisible();
	expect(bottlerocket['secureBoot'], 'this test needs a field on which the two differ').not.toBe(
		flatcar['secureBoot']
	);
	await expect(secureBoot).toHaveAttribute('data-verdict', 'different');
	await expect(secureBoot.locator('dt')).toContainText('Differs');
	// Support rows and warnings come from the lifecycle data.
	await expect(
		page.locator('[data-compare-grid] dd[data-os="flatcar"] ul.lines li').first()
	).toBeVisible();
	// The two make a common pair: the page offers its own address.
	await expect(page.locator('[data-compare-permalink] a')).toHaveAttribute(
		'href',
		'/landscape/compare/bottlerocket-vs-flatcar/'
	);
});

test('choosing with the keyboard updates the URL and the rows', async ({ page }) => {
	await page.goto('/landscape/compare/?os=bottlerocket,flatcar');
	await checkbox(page, talos.name).press('Space');
	await expect(page).toHaveURL(/\?os=bottlerocket,flatcar,talos$/);
	// Tab moves on to the next choice.
	const choices = page.locator('[data-compare-form] input[name="os"]');
	const talosIndex = (
		await choices.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))
	).indexOf('talos');
	await page.keyboard.press('Tab');
	await expect(choices.nth(talosIndex + 1)).toBeFocused();
	await expect(row(page, 'init').locator('dd[data-os="talos"]')).toBeVisible();
	await checkbox(page, bottlerocket.name).press('Space');
	await expect(page).toHaveURL(/\?os=flatcar,talos$/);
	await expect(row(page, 'init').locator('dd[data-os="bottlerocket"]')).toBeHidden();
	// Flatcar and Talos agree on the MAC default; with Bottlerocket they did not.
	const mac = row(page, 'mac');
	await expect(mac).toHaveAttribute(
		'data-verdict',
		flatcar['mac'] === talos['mac'] ? 'same' : 'different'
	);
	// At four chosen the rest cannot be added.
	await checkbox(page, 'Kairos').press('Space');
	await checkbox(page, 'Fedora CoreOS').press('Space');
	await expect(page).toHaveURL(/\?os=fedora-coreos,flatcar,kairos,talos$/);
	await expect(checkbox(page, bottlerocket.name)).toBeDisabled();
	await expect(page.getByRole('status')).toContainText('4 is the most');
	// Only the rows that differ, on request.
	await page.getByRole('checkbox', { name: 'Show only the fields that differ' }).press('Space');
	const rows = page.locator('[data-compare-grid] [data-compared]');
	await expect(rows.locator('visible=true').first()).toBeVisible();
	const shown = await rows.evaluateAll((elements) =>
		elements.flatMap((element) =>
			(element as HTMLElement).checkVisibility()
				? [(element as HTMLElement).dataset['verdict']]
				: []
		)
	);
	expect(new Set(shown)).toEqual(new Set(['different']));
	expect(shown.length).toBeLessThan(await rows.count());
});

test('at a phone width nothing needs horizontal scrolling', async ({ page }) => {
	await page.setViewportSize(phone);
	for (const path of [
		'/landscape/compare/?os=bottlerocket,flatcar,talos,kairos',
		'/landscape/compare/bottlerocket-vs-flatcar/',
	]) {
		await page.goto(path);
		await expect(page.locator('[data-compare-grid]')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
	}
});

test('the compare page loads at most 15 kB of script, gzipped', async ({ page }) => {
	const sizes: Promise<number>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			sizes.push(response.body().then((body) => gzipSync(body).length));
	});
	await page.goto('/landscape/compare/?os=bottlerocket,flatcar');
	await page.waitForLoadState('networkidle');
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '')
	);
	const bytes =
		(await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) +
		inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
	console.log(`compare page script (gzip): ${bytes} bytes`);
	expect(bytes).toBeLessThanOrEqual(15_000);
});

test('the matrix and each OS page link to the comparisons', async ({ page }) => {
	await page.goto('/landscape/');
	await expect(page.locator('a[href="/landscape/compare/"]')).toBeVisible();
	await expect(page.locator('a[href="/landscape/compare/bottlerocket-vs-flatcar/"]')).toBeVisible();
	await page.goto('/landscape/flatcar/');
	const links = page.locator('.compare-links');
	await expect(links.getByRole('link', { name: bottlerocket.name })).toHaveAttribute(
		'href',
		'/landscape/compare/bottlerocket-vs-flatcar/'
	);
	await links.getByRole('link', { name: 'choose others' }).click();
	await expect(checkbox(page, flatcar.name)).toBeChecked();
	await expect(page.getByRole('status')).toContainText('choose at least one more');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the compare page explains itself and links to the pairs, the matrix and the OS pages', async ({
		page,
	}) => {
		await page.goto('/landscape/compare/?os=bottlerocket,flatcar');
		await expect(page.getByText('Choosing needs JavaScript')).toBeVisible();
		await expect(page.locator('[data-compare-form]')).toBeHidden();
		await expect(page.locator('[data-compare-grid]')).toBeHidden();
		await expect(page.getByRole('link', { name: 'matrix' })).toHaveAttribute('href', '/landscape/');
		await expect(
			page.getByRole('link', { name: `${bottlerocket.name} vs ${flatcar.name}` })
		).toBeVisible();
		await expect(page.getByRole('link', { name: talos.name, exact: true })).toHaveAttribute(
			'href',
			'/landscape/talos/'
		);
	});

	test('a pair page is complete: title, summary of differences and every row', async ({ page }) => {
		await page.goto('/landscape/compare/bottlerocket-vs-flatcar/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			`${bottlerocket.name} vs ${flatcar.name}`
		);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			new RegExp(`^${bottlerocket.name} vs ${flatcar.name}`)
		);
		await expect(page.locator('#summary + p')).toContainText('fields');
		await expect(row(page, 'secureBoot').locator('dd')).toHaveCount(2);
		await expect(row(page, 'secureBoot').locator('dd').first()).toBeVisible();
		await expect(row(page, 'secureBoot')).toHaveAttribute('data-verdict', 'different');
		await expect(row(page, 'secureBoot').locator('dt')).toContainText('Differs');
	});
});

for (const path of [
	'/landscape/compare/?os=bottlerocket,flatcar,talos',
	'/landscape/compare/bottlerocket-vs-flatcar/',
]) {
	test(`${path} has no accessibility violations in light, dark and phone views`, async ({
		page,
	}) => {
		test.setTimeout(180_000);
		await page.goto(path);
		await expect(page.locator('[data-compare-grid]')).toBeVisible();
		expect(await violationsInViews(page)).toEqual([]);
	});
}
