import { getCollection } from 'astro:content';
import { areas } from '#src/schemas/areas.ts';
import { isGuidance, type Area } from '#src/schemas/guidance.ts';
import type { TopicPage } from './related.ts';
import { pathWithBase } from '#src/base-path.ts';

export interface DocsPage extends TopicPage {
	id: string;
	/** Path inside the site without the base and slashes; empty for the home page. */
	slug: string;
	description: string;
	area?: Area | undefined;
	lastReviewed: string;
}

let builtPages: Promise<DocsPage[]> | undefined;

/**
 * The site's pages from the docs collection (not the 404 page), in reading order: guidance by area order, then by
 * title. Every page's related links and pagination need the list, so a build makes it once; the dev server makes
 * it per request, as content changes while it runs.
 */
export function loadDocsPages(): Promise<DocsPage[]> {
	if (!import.meta.env.PROD) return readDocsPages();
	builtPages ??= readDocsPages();
	return builtPages;
}

async function readDocsPages(): Promise<DocsPage[]> {
	const entries = await getCollection('docs', (entry) => entry.id !== '404');
	const areaOrder = Object.keys(areas);
	return entries
		.map((entry): DocsPage => {
			const slug = entry.id === 'index' ? '' : entry.id;
			return {
				id: entry.id,
				slug,
				href: pathWithBase(slug ? `/${slug}/` : '/'),
				title: entry.data.title,
				description: entry.data.description,
				tags: entry.data.tags,
				area: isGuidance(entry.data) ? entry.data.area : undefined,
				lastReviewed: entry.data.lastReviewed,
			};
		})
		.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'en'));

	function rank(page: DocsPage): number {
		return page.area ? areaOrder.indexOf(page.area) : areaOrder.length;
	}
}

/** When each page of the site was last reviewed: what a generated listing with nothing in it yet is dated by. */
export async function loadSiteReviewDates(): Promise<string[]> {
	return (await loadDocsPages()).map((page) => page.lastReviewed);
}
