import { readdirSync } from 'node:fs';
import { frontmatterOf, guidancePages } from './content.ts';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

const metaContent = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(
		html
	)?.[1];

test('every page has an og:image that resolves to a 1200×630 PNG, the same image for Twitter/X, and a canonical og:url', async ({
	request,
}) => {
	const pages = sitemapPaths();
	const checkedImages = new Set<string>();
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		const image = metaContent(html, 'og:image');
		expect(image, `${path} has og:image`).toBeDefined();
		expect(metaContent(html, 'twitter:image')).toBe(image);
		const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
		expect(metaContent(html, 'og:url'), path).toBe(canonical);
		expect(new URL(canonical ?? '').pathname, path).toBe(path);
		const imagePath = new URL(image ?? '').pathname;
		if (checkedImages.has(imagePath)) continue;
		checkedImages.add(imagePath);
		const response = await request.get(imagePath);
		expect(response.status(), `${path}: ${imagePath}`).toBe(200);
		const png = await response.body();
		expect(png.subarray(0, 8).toString('hex'), `${imagePath} is a PNG`).toBe('89504e470d0a1a0a');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	}
});

test('content pages have a card of their own, named after the page', async ({ request }) => {
	const ownCard = pagesWithOwnCards();
	for (const path of ownCard) {
		const html = await (await request.get(path)).text();
		expect(new URL(metaContent(html, 'og:image') ?? '').pathname, path).toBe(
			path === '/' ? '/og/index.png' : `/og${path.replace(/\/$/, '')}.png`
		);
	}
});

test('plain pages and tag pages share the home page card instead of an image each', async ({
	request,
}) => {
	for (const path of ['/charter/', '/glossary/', '/tags/', '/tags/security/']) {
		const html = await (await request.get(path)).text();
		expect(new URL(metaContent(html, 'og:image') ?? '').pathname, path).toBe('/og/index.png');
		// The shared image does not name the page; its title still travels with the link.
		expect(metaContent(html, 'og:title'), path).toBe(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1]);
	}
	expect((await request.get('/og/charter.png')).status()).toBe(404);
});

test('guidance pages describe themselves as a TechArticle, whitepapers as a ScholarlyArticle and the home page as a WebSite', async ({
	request,
}) => {
	const jsonLd = async (path: string) => {
		const html = await (await request.get(path)).text();
		const scripts = [
			...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
		];
		expect(scripts, `${path} has one JSON-LD block`).toHaveLength(1);
		return JSON.parse(scripts[0]?.[1] ?? '{}');
	};
	expect(await jsonLd('/')).toMatchObject({
		'@type': 'WebSite',
		url: expect.stringMatching(/\/$/),
	});
	for (const guidance of guidancePages) {
		const data = await jsonLd(guidance.path);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'TechArticle',
			headline: guidance.title,
		});
		expect(new URL(data.url).pathname).toBe(guidance.path);
		expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	}
	for (const slug of readdirSync('content/whitepapers', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)) {
		const paper = frontmatterOf(`content/whitepapers/${slug}/index.mdx`) as {
			title: string;
			version: string;
			published: string;
		};
		expect(await jsonLd(`/whitepapers/${slug}/`)).toMatchObject({
			'@type': 'ScholarlyArticle',
			headline: paper.title,
			version: paper.version,
			datePublished: paper.published,
		});
	}
});

/** Pages of the kinds people share (guidance, landscape entries, areas, updates, whitepapers): each gets its own card. */
function pagesWithOwnCards(): string[] {
	return sitemapPaths().filter(
		(path) =>
			path === '/' || /^\/(guidance|landscape|proposals|areas|updates|whitepapers)\//.test(path)
	);
}
