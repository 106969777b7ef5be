import { getCollection } from 'astro:content';
import { landscapeTableSystems } from '#src/landscape/comparison-table.ts';
import { landscapeOrder } from '#src/landscape/order.ts';
import { isGuidance } from '#src/schemas/guidance.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';

/**
 * Format of /landscape.json, raised when a change would break a consumer. 2: every source is an object with its
 * url, and evidence and verified where the fact carries them (1 had bare URLs).
 */
export const landscapeExportFormatVersion = 2;

/** All landscape entries, active ones first, then by name. */
export async function loadLandscape(): Promise<LandscapeOs[]> {
	const entries = await getCollection('landscape');
	return entries.map((entry) => ({ id: entry.id, ...entry.data })).sort(landscapeOrder);
}

/** Guidance pages whose text links to this OS's landscape page or compares it in a landscape table. */
export async function guidanceMentioning(id: string) {
	const mentions = (body: string) =>
		body.includes(`landscape/${id}/`) || landscapeTableSystems(body).includes(id);
	const docs = await getCollection(
		'docs',
		(entry) => isGuidance(entry.data) && mentions(entry.body ?? '')
	);
	return docs
		.map((entry) => ({ id: entry.id, title: entry.data.title }))
		.sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
