/**
 * The build-time half of the facets: it reads a page's frontmatter with the guidance schema's type guard, so it
 * lives apart from facets.ts, which the browser loads.
 */
import { areas } from '#src/schemas/areas.ts';
import { isGuidance, type Area } from '#src/schemas/guidance.ts';
import { pageStatuses } from '#src/schemas/page-statuses.ts';
import type { PageFrontmatter } from '#src/schemas/page.ts';
import { contentTypeOf, contentTypes, type FacetName } from './facets.ts';

/** What the index stores for one page: filter values are ids (stable in URLs), meta values are what readers see. */
export interface SearchMetadata {
	filters: Partial<Record<FacetName, string>>;
	meta: { type: string; area?: string; lastReviewed?: string; description?: string };
}

interface PageData {
	status?: PageFrontmatter['status'];
	lastReviewed?: string;
	description?: string;
}

export function searchMetadataFor(
	pathname: string,
	base: string,
	data: PageData & object
): SearchMetadata {
	const type = contentTypeOf(pathname, base);
	const area: Area | undefined = isGuidance(data) ? data.area : undefined;
	return {
		filters: {
			type,
			...(area && { area }),
			...(data.status && pageStatuses.includes(data.status) && { status: data.status }),
		},
		meta: {
			type: contentTypes[type],
			...(area && { area: areas[area] }),
			...(data.lastReviewed && { lastReviewed: data.lastReviewed }),
			...(data.description && { description: data.description }),
		},
	};
}
