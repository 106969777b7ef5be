/**
 * The facets of the site's search. The search in the browser builds its form and reads its URL from this module,
 * so it imports no schema code (zod would add about 24 KB compressed); what the index stores for a page is worked
 * out at build time in metadata.ts.
 */
import { areas } from '#src/schemas/areas.ts';
import type { PageFrontmatter } from '#src/schemas/page.ts';

/**
 * What kind of page a search result is. The kind follows from where the page lives, so pages that other parts
 * of the site add later (whitepapers, updates) get the right facet without touching search code.
 */
export const contentTypes = {
	guidance: 'Guidance',
	whitepaper: 'Whitepaper',
	landscape: 'Landscape',
	charter: 'Charter',
	update: 'Update',
	page: 'Other page',
} as const;
export type ContentType = keyof typeof contentTypes;

/** The first path segment under the base path that marks each content type. */
const typeBySection: Record<string, ContentType> = {
	guidance: 'guidance',
	whitepapers: 'whitepaper',
	landscape: 'landscape',
	charter: 'charter',
	updates: 'update',
};

export function contentTypeOf(pathname: string, base: string): ContentType {
	const withinSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const section = withinSite.split('/').find((segment) => segment !== '') ?? '';
	return typeBySection[section] ?? 'page';
}

export const statusLabels: Record<PageFrontmatter['status'], string> = {
	draft: 'Draft',
	review: 'In review',
	published: 'Published',
	archived: 'Archived',
};

/** The facets a reader can narrow by; each name is also the URL parameter that carries its value. */
export const facets = [
	{ name: 'type', label: 'Content type', values: contentTypes },
	{ name: 'area', label: 'Focus area', values: areas },
	{ name: 'status', label: 'Status', values: statusLabels },
] as const satisfies readonly { name: string; label: string; values: Record<string, string> }[];
export type FacetName = (typeof facets)[number]['name'];
export const facetNames = facets.map((facet) => facet.name);

/** A facet choice read from the URL counts only if it names a known value, so a stale link cannot hide every result. */
export function knownFacetChoices(
	choices: Record<string, string>
): Partial<Record<FacetName, string>> {
	return Object.fromEntries(
		facets.flatMap((facet) => {
			const value = choices[facet.name];
			return value !== undefined && Object.hasOwn(facet.values, value) ? [[facet.name, value]] : [];
		})
	);
}
