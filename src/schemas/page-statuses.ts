/**
 * Where a page stands in its review life. Only `published` pages have been checked against their sources.
 * Free of zod: the search in the browser offers the statuses as a facet.
 */
export const pageStatuses = ['draft', 'review', 'published', 'archived'] as const;
