import { site } from '#src/site.ts';

/** Names the tool and where to read about it, so a site's operators can tell who is asking and why. */
export function userAgent(tool: string): string {
	return `wg-sp-os-${tool} (+${site.repository})`;
}

/** What went wrong with a request, in one line: fetch puts the network's own message in `cause`. */
export function requestError(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	return error.cause instanceof Error ? error.cause.message : error.message;
}

/** Runs `work` on every item with at most `limit` running at once: many hosts refuse a burst of requests. */
export async function forEachConcurrently<Item>(
	items: readonly Item[],
	limit: number,
	work: (item: Item) => Promise<void>
): Promise<void> {
	const queue = [...items];
	await Promise.all(
		Array.from({ length: Math.min(limit, queue.length) }, async () => {
			for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
		})
	);
}
