import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { isoToday } from '#src/lifecycle/dates.ts';
import { lifecycleExport } from '#src/lifecycle/export.ts';

/** Every lifecycle file as one JSON document; its format is described by /lifecycles.schema.json. */
export const GET: APIRoute = async () => {
	const document = lifecycleExport(await getCollection('lifecycles'), isoToday());
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
