import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { exportJsonSchema } from '#src/export/json-schema.ts';
import { landscapeSchema } from '#src/schemas/landscape.ts';

export const GET: APIRoute = ({ site }) => {
	const schema = exportJsonSchema(landscapeSchema.and(z.object({ id: z.string() })), {
		id: new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/landscape.schema.json`, site).href,
		title: 'wg-sp-os container OS landscape',
		description:
			'Container operating systems with sourced fields; "unknown" marks what no primary source states.',
	});
	return new Response(JSON.stringify(schema, null, 2), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
};
