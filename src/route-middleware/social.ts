import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { areas } from '#src/schemas/areas.ts';
import { isGuidance } from '#src/schemas/guidance.ts';
import { site } from '#src/site.ts';
import { cardImagePath, cardKey } from '#src/social/card-path.ts';
import { loadCards } from '#src/social/cards.ts';
import { jsonLdEntry, withSocialTags } from '#src/social/head.ts';
import {
	scholarlyArticleJsonLd,
	serializeJsonLd,
	techArticleJsonLd,
	webSiteJsonLd,
} from '#src/social/json-ld.ts';
import { loadPapers } from '#src/whitepapers/load.ts';
import { pathWithBase } from '#src/base-path.ts';

/**
 * Adds to every Starlight page's head its social card (og:image and twitter:image) and, where the page is one of
 * the kinds search engines describe, its JSON-LD: WebSite on the home page, TechArticle on guidance pages and
 * ScholarlyArticle on whitepaper pages.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const { data } = route.entry;
	const absolute = (path: string) =>
		new URL(pathWithBase(`/${path}`), context.site ?? context.url).href;
	const key = cardKey(context.url.pathname, import.meta.env.BASE_URL);
	const cards = await loadCards();
	const card = cards.get(key);
	const image = absolute(cardImagePath(card ? key : 'index'));
	const description = data.description ?? site.description;
	const isHome = key === 'index';

	route.head = withSocialTags(
		route.head,
		{
			image,
			alt: card ? `${card.type}: ${card.title}` : site.title,
			title: data.title,
			description,
		},
		{ isHome }
	);

	const url = absolute(key === 'index' ? '' : `${key}/`);
	const whitepaper = await paperVersionAt(key);
	const jsonLd = isHome
		? webSiteJsonLd({ name: site.title, url, description: site.description })
		: whitepaper
			? scholarlyArticleJsonLd({
					headline: whitepaper.data.title,
					description: whitepaper.data.abstract,
					url,
					image,
					publisher: site.title,
					version: whitepaper.data.version,
					datePublished: whitepaper.data.published,
					dateModified: whitepaper.data.updated,
					authors: whitepaper.data.authors,
					license: whitepaper.data.license,
					keywords: whitepaper.data.keywords,
				})
			: isGuidance(data)
				? techArticleJsonLd({
						headline: data.title,
						description,
						url,
						image,
						publisher: site.title,
						dateModified: data.lastReviewed,
						about: areas[data.area],
						keywords: data.tags,
					})
				: undefined;
	if (jsonLd) route.head.push(jsonLdEntry(serializeJsonLd(jsonLd)));
});

/** The whitepaper version a page shows: the latest at /whitepapers/<slug>/, a given one at /whitepapers/<slug>/<version>/. */
async function paperVersionAt(key: string) {
	const match = /^whitepapers\/([^/]+)(?:\/(\d+\.\d+\.\d+))?$/.exec(key);
	if (!match) return undefined;
	const paper = (await loadPapers()).find((candidate) => candidate.slug === match[1]);
	return match[2] ? paper?.versions.find((version) => version.version === match[2]) : paper?.latest;
}
