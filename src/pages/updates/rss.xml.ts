import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '#src/site.ts';
import { feedItem } from '#src/updates/feed.ts';
import { loadUpdates } from '#src/updates/load.ts';
import { pathWithBase } from '#src/base-path.ts';

/** The updates as an RSS 2.0 feed, newest first. */
export const GET: APIRoute = async (context) => {
	const updatesPage = new URL(pathWithBase('/updates/'), context.site ?? context.url).href;
	return rss({
		title: `${site.title}: ecosystem updates`,
		description:
			'Dated, sourced news of the container OS landscape and of the CNCF Special Purpose Operating System Working Group.',
		site: updatesPage,
		items: (await loadUpdates()).map((entry) => feedItem(entry.id, entry.data, updatesPage)),
		customData: '<language>en</language>',
	});
};
