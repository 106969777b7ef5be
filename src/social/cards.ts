import { loadDocsPages } from '../browse/pages.ts';
import { pagesByTag, tagLabel } from '../browse/tags.ts';
import { loadLandscape } from '../landscape/load.ts';
import { areas } from '../schemas/areas.ts';
import type { Area } from '../schemas/guidance.ts';
import { loadPapers } from '../whitepapers/load.ts';

/** What a social card shows: the page title, what kind of page it is, and the focus area when there is one. */
export interface Card {
	title: string;
	type: string;
	area?: Area | undefined;
}

let cards: Promise<Map<string, Card>> | undefined;

/**
 * One card per page made from content, keyed as `cardKey` keys page paths: docs pages, landscape entries, area,
 * tag and update pages, and each whitepaper and whitepaper version. The card endpoint renders exactly these; any
 * other page (the lifecycle tools, search) gets the home page's card from the head middleware, so no og:image 404s.
 */
export function loadCards(): Promise<Map<string, Card>> {
	cards ??= buildCards();
	return cards;
}

async function buildCards(): Promise<Map<string, Card>> {
	const [docs, landscape, papers] = await Promise.all([loadDocsPages(), loadLandscape(), loadPapers()]);
	const entries: [string, Card][] = [
		...docs.map((page): [string, Card] => [page.slug || 'index', { title: page.title, type: page.area ? 'Guidance' : page.slug ? 'Page' : 'Home', area: page.area }]),
		['landscape', { title: 'Container OS landscape', type: 'Landscape' }],
		...landscape.map((os): [string, Card] => [`landscape/${os.id}`, { title: os.name, type: 'Landscape entry' }]),
		['areas', { title: 'Focus areas', type: 'Browse' }],
		...(Object.entries(areas) as [Area, string][]).map(([area, title]): [string, Card] => [`areas/${area}`, { title, type: 'Focus area', area }]),
		['tags', { title: 'Tags', type: 'Browse' }],
		...[...pagesByTag(docs).keys()].map((tag): [string, Card] => [`tags/${tag}`, { title: `Tagged “${tagLabel(tag)}”`, type: 'Tag' }]),
		['updates', { title: 'Ecosystem updates', type: 'Updates' }],
		['whitepapers', { title: 'Whitepapers', type: 'Browse' }],
		...papers.flatMap((paper): [string, Card][] => [
			[`whitepapers/${paper.slug}`, { title: paper.latest.data.title, type: 'Whitepaper' }],
			...paper.versions.map((version): [string, Card] => [`whitepapers/${paper.slug}/${version.version}`, { title: version.data.title, type: `Whitepaper, version ${version.version}` }]),
		]),
	];
	return new Map(entries);
}
