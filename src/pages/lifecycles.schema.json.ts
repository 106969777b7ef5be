import type { APIRoute } from 'astro';
import { lifecycleJsonSchema } from '#src/lifecycle/export.ts';
import { pathWithBase } from '#src/base-path.ts';

/** JSON Schema of /lifecycles.json, generated from the zod schema the YAML files are validated with. */
export const GET: APIRoute = ({ site }) => {
	const url = new URL(pathWithBase('lifecycles.schema.json'), site ?? 'http://localhost:4321').href;
	return new Response(`${JSON.stringify(lifecycleJsonSchema(url), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
