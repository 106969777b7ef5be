import type { APIRoute } from 'astro';
import { landscapeExportFormatVersion, loadLandscape } from '#src/landscape/load.ts';

/** The whole landscape, one object per OS with its id, fields, sources and notes (format: /landscape.schema.json). */
export const GET: APIRoute = async () => {
	const entries = await loadLandscape();
	const body = {
		formatVersion: landscapeExportFormatVersion,
		generated: new Date().toISOString().slice(0, 10),
		entries,
	};
	return new Response(JSON.stringify(body, null, 2), {
		headers: { 'Content-Type': 'application/json' },
	});
};
