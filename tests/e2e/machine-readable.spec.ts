import { guidancePages } from './content.ts';
import { expect, test } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

test('llms.txt follows the llmstxt.org layout and links every guidance page to a page that exists', async ({
	request,
}) => {
	const response = await request.get('/llms.txt');
	expect(response.headers()['content-type']).toMatch(/^text\/plain/);
	const text = await response.text();
	const lines = text.split('\n');
	expect(lines[0]).toMatch(/^# \S/);
	expect(lines[2]).toMatch(/^> \S/);
	const links = [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gm)].map(
		(match) => new URL(match[1] ?? '').pathname
	);
	const pages = new Set(sitemapPaths());
	for (const guidance of guidancePages) expect(links).toContain(guidance.path);
	for (const path of links.filter((link) => link.endsWith('/')))
		expect(pages, path).toContain(path);
});

test('llms-full.txt carries the text of every guidance page', async ({ request }) => {
	const text = await (await request.get('/llms-full.txt')).text();
	for (const guidance of guidancePages) {
		expect(text).toContain(`# ${guidance.title}\n\nSource: `);
	}
	expect(text).toContain('## Recommendations');
});
