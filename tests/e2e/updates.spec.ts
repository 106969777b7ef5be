import { updates } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the feed is well-formed RSS 2.0 with one item per update, each linked to its anchor on the updates page', async ({
	page,
	request,
}) => {
	const response = await request.get('/updates/rss.xml');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/xml/);
	const xml = await response.text();
	await page.goto('/updates/');
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const items = [...doc.querySelectorAll('channel > item')].map((item) => ({
			title: item.querySelector('title')?.textContent ?? '',
			link: item.querySelector('link')?.textContent ?? '',
			guid: item.querySelector('guid')?.textContent ?? '',
			pubDate: item.querySelector('pubDate')?.textContent ?? '',
			description: item.querySelector('description')?.textContent ?? '',
		}));
		return {
			parseError: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.nodeName,
			version: doc.documentElement.getAttribute('version'),
			channel: ['title', 'link', 'description'].map(
				(name) => doc.querySelector(`channel > ${name}`)?.textContent ?? ''
			),
			items,
		};
	}, xml);
	expect(feed.parseError).toBeNull();
	expect(feed.root).toBe('rss');
	expect(feed.version).toBe('2.0');
	expect(feed.channel.every((value) => value.length > 0)).toBe(true);
	expect(feed.items.map((item) => item.title).sort()).toEqual(
		updates.map((update) => update.title).sort()
	);
	for (const update of updates) {
		const item = feed.items.find((candidate) => candidate.title === update.title);
		expect(item?.description).toBe(update.summary);
		expect(new Date(item?.pubDate ?? '').toISOString().slice(0, 10)).toBe(update.date);
		const link = new URL(item?.link ?? '');
		expect(link.pathname + link.hash).toBe(`/updates/#${update.id}`);
		await expect(page.locator(`[id="${update.id}"]`)).toHaveText(update.title);
	}
});

test('the updates page lists every update newest first, each with its sources, and every page advertises the feed', async ({
	page,
}) => {
	await page.goto('/updates/');
	const ids = await page
		.locator('article.update h2')
		.evaluateAll((headings) => headings.map((heading) => heading.id));
	expect(ids).toEqual(
		[...updates]
			.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en'))
			.map((update) => update.id)
	);
	for (const article of await page.locator('article.update').all()) {
		expect(await article.locator('.update-sources a[href^="https://"]').count()).toBeGreaterThan(0);
	}
	await page.goto('/guidance/lts/');
	await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
		'href',
		'/updates/rss.xml'
	);
});
