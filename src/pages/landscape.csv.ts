import type { APIRoute } from 'astro';
import { displayValue } from '#src/landscape/fields.ts';
import { loadLandscape } from '#src/landscape/load.ts';
import { landscapeFieldNames } from '#src/schemas/landscape-fields.ts';

/** The landscape as one CSV row per OS: each field's value, then its source URL in the column after it. */
export const GET: APIRoute = async () => {
	const entries = await loadLandscape();
	const header = [
		'id',
		'name',
		'lastVerified',
		...landscapeFieldNames.flatMap((field) => [field, `${field}Source`]),
	];
	const rows = entries.map((os) => [
		os.id,
		os.name,
		os.lastVerified,
		...landscapeFieldNames.flatMap((field) => [
			os[field] === undefined ? '' : displayValue(field, os[field]),
			os.sources[field]?.url ?? '',
		]),
	]);
	const csv = [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n');
	return new Response(`${csv}\r\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
