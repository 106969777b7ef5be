import { readFileSync } from 'node:fs';

/** Every page path the built sitemap lists, e.g. `/guidance/lts/`. */
export function sitemapPaths(): string[] {
	const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1] as string).pathname
	);
}
