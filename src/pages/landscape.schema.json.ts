import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { exportJsonSchema } from '#src/export/json-schema.ts';
import { pathWithBase } from '#src/base-path.ts';
import { landscapeExportFormatVersion } from '#src/landscape/load.ts';
import { landscapeSchema } from '#src/schemas/landscape.ts';

export const GET: APIRoute = ({ site }) => {
	const schema = exportJsonSchema(landscapeSchema.and(z.object({ id: z.string() })), {
		id: new URL(pathWithBase('/landscape.schema.json'), site).href,
		formatVersion: landscapeExportFormatVersion,
		title: 'wg-sp-os container OS landscape',
		description:
			'Container operating systems with sourced fields; "unknown" marks what no primary source states.',
	});
	return new Response(JSON.stringify(schema, null, 2), {
		headers: { 'Content-Type': 'application/schema+json' },
	});
};
