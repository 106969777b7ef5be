import type { APIRoute } from 'astro';
import { lifecycleJsonSchema } from '../lifecycle/export.ts';
import { withBase } from '../lifecycle/order.ts';

/** JSON Schema of /lifecycles.json, generated from the zod schema the YAML files are validated with. */
export const GET: APIRoute = ({ site }) => {
	const url = new URL(
		withBase(import.meta.env.BASE_URL, 'lifecycles.schema.json'),
		site ?? 'http://localhost:4321'
	).href;
	return new Response(`${JSON.stringify(lifecycleJsonSchema(url), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
