import { loadDocsPages } from '#src/browse/pages.ts';
import { comparePairs, pairTitle } from '#src/landscape/compare-pairs.ts';
import { loadLandscape } from '#src/landscape/load.ts';
import { loadProposals } from '#src/proposals/load.ts';
import { areas } from '#src/schemas/areas.ts';
import type { Area } from '#src/schemas/guidance.ts';
import { site } from '#src/site.ts';
import { loadPapers } from '#src/whitepapers/load.ts';

/** What a social card shows: the page title, what kind of page it is, and the focus area when there is one. */
export interface Card {
	title: string;
	type: string;
	area?: Area | undefined;
}

let cards: Promise<Map<string, Card>> | undefined;

/**
 * One card per page of a kind people link to from talks and posts, keyed as `cardKey` keys page paths: the home
 * page, guidance pages, landscape entries and comparisons, proposals, focus areas, updates, and each whitepaper
 * and whitepaper version. The
 * card endpoint renders exactly these. Every other page (plain pages such as the charter, tag pages, the lifecycle
 * tools, search) shares the home page's card through the head middleware, so no og:image 404s: its title is in
 * og:title already, and an image per page costs about as much build time as rendering a whole page, so cards
 * for every page would make the build grow twice as fast as the site.
 */
export function loadCards(): Promise<Map<string, Card>> {
	cards ??= buildCards();
	return cards;
}

async function buildCards(): Promise<Map<string, Card>> {
	const [docs, landscape, papers, proposals] = await Promise.all([
		loadDocsPages(),
		loadLandscape(),
		loadPapers(),
		loadProposals(),
	]);
	const nameOf = (id: string) => landscape.find((os) => os.id === id)?.name ?? id;
	const entries: [string, Card][] = [
		['index', { title: site.title, type: 'Home' }],
		...docs.flatMap((page): [string, Card][] =>
			page.area ? [[page.slug, { title: page.title, type: 'Guidance', area: page.area }]] : []
		),
		['landscape', { title: 'Landscape of container operating systems', type: 'Landscape' }],
		...landscape.map((os): [string, Card] => [
			`landscape/${os.id}`,
			{ title: os.name, type: 'Landscape entry' },
		]),
		['landscape/compare', { title: 'Compare container operating systems', type: 'Landscape' }],
		...comparePairs(landscape).map((pair): [string, Card] => [
			`landscape/compare/${pair.slug}`,
			{ title: pairTitle(pair, nameOf), type: 'Comparison' },
		]),
		['landscape/choose', { title: 'Choose a container OS', type: 'Landscape' }],
		['landscape/gaps', { title: "The landscape's gaps", type: 'Landscape' }],
		['proposals', { title: 'Proposals', type: 'Browse' }],
		...proposals.map(({ id, data }): [string, Card] => [
			id,
			{ title: data.title, type: 'Working-group proposal', area: data.area },
		]),
		['areas', { title: 'Focus areas', type: 'Browse' }],
		...(Object.entries(areas) as [Area, string][]).map(([area, title]): [string, Card] => [
			`areas/${area}`,
			{ title, type: 'Focus area', area },
		]),
		['updates', { title: 'Ecosystem updates', type: 'Updates' }],
		['whitepapers', { title: 'Whitepapers', type: 'Browse' }],
		...papers.flatMap((paper): [string, Card][] => [
			[`whitepapers/${paper.slug}`, { title: paper.latest.data.title, type: 'Whitepaper' }],
			...paper.versions.map((version): [string, Card] => [
				`whitepapers/${paper.slug}/${version.version}`,
				{ title: version.data.title, type: `Whitepaper, version ${version.version}` },
			]),
		]),
	];
	return new Map(entries);
}
