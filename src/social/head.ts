import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type HeadConfig = StarlightRouteData['head'];
type HeadEntry = HeadConfig[number];

export interface SocialCard {
	/** Absolute URL of the card image. */
	image: string;
	/** What the image shows, for readers who cannot see it. */
	alt: string;
	title: string;
	description: string;
}

/**
 * The head tags that Starlight does not write itself: the card image for Open Graph and Twitter/X (Starlight
 * already writes og:title, og:description, og:url, canonical and twitter:card), and og:type `website` instead of
 * `article` for the home page. Entries with the same name or property replace Starlight's.
 */
export function withSocialTags(
	head: HeadConfig,
	card: SocialCard,
	{ isHome }: { isHome: boolean }
): HeadConfig {
	const tags: HeadEntry[] = [
		meta('property', 'og:image', card.image),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', '1200'),
		meta('property', 'og:image:height', '630'),
		meta('property', 'og:image:alt', card.alt),
		meta('name', 'twitter:image', card.image),
		meta('name', 'twitter:image:alt', card.alt),
		meta('name', 'twitter:title', card.title),
		meta('name', 'twitter:description', card.description),
		...(isHome ? [meta('property', 'og:type', 'website')] : []),
	];
	return [...head.filter((entry) => !tags.some((tag) => sameMeta(entry, tag))), ...tags];
}

/** A JSON-LD block; `json` must already be escaped for a script element (see serializeJsonLd). */
export function jsonLdEntry(json: string): HeadEntry {
	return { tag: 'script', attrs: { type: 'application/ld+json' }, content: json };
}

function meta(key: 'name' | 'property', value: string, content: string): HeadEntry {
	return { tag: 'meta', attrs: { [key]: value, content }, content: '' };
}

function sameMeta(a: HeadEntry, b: HeadEntry): boolean {
	if (a.tag !== 'meta' || b.tag !== 'meta') return false;
	return (['name', 'property'] as const).some(
		(key) => b.attrs?.[key] !== undefined && a.attrs?.[key] === b.attrs[key]
	);
}
