import type { Update } from '#src/schemas/update.ts';

/** An update as an RSS item: dated at midnight UTC of its day, linked to its anchor on the updates page. */
export function feedItem(id: string, update: Update, updatesPageUrl: string) {
	return {
		title: update.title,
		link: `${updatesPageUrl}#${id}`,
		pubDate: new Date(`${update.date}T00:00:00Z`),
		description: update.summary,
		categories: [update.kind, ...(update.areas ?? [])],
	};
}
