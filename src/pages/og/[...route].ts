import { OGImageRoute } from 'astro-og-canvas';
import { areas } from '#src/schemas/areas.ts';
import { site } from '#src/site.ts';
import { loadCards } from '#src/social/cards.ts';

/**
 * The social card of every page, 1200×630 PNG at /og/<page path>.png. The fonts ship with the repository so the
 * build makes no network request; images are not cached across builds, because the default cache folder is inside
 * node_modules, which is shared between checkouts here.
 */
export const { getStaticPaths, GET } = await OGImageRoute({
	pages: Object.fromEntries(await loadCards()),
	getSlug: (key) => `${key}.png`,
	getImageOptions: (_key, card) => ({
		title: card.title,
		description: [card.area ? `${card.type} · ${areas[card.area]}` : card.type, site.title].join(
			'\n'
		),
		bgGradient: [
			[23, 24, 28],
			[36, 39, 48],
		],
		border: { color: [79, 143, 247], width: 16, side: 'inline-start' },
		padding: 72,
		fonts: [
			'./src/assets/fonts/LiberationSans-Bold.ttf',
			'./src/assets/fonts/LiberationSans-Regular.ttf',
		],
		font: {
			title: { families: ['Liberation Sans'], weight: 'Bold', size: 64, lineHeight: 1.15 },
			description: {
				families: ['Liberation Sans'],
				size: 34,
				lineHeight: 1.4,
				color: [200, 205, 215],
			},
		},
		cacheDir: false,
	}),
});
