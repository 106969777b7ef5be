import { getCollection, type CollectionEntry } from 'astro:content';

/** All updates, newest first; ties (same day) by title, so the order is stable. */
export async function loadUpdates(): Promise<CollectionEntry<'updates'>[]> {
	const updates = await getCollection('updates');
	return updates.sort(
		(a, b) =>
			b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title, 'en')
	);
}
