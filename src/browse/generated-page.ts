import type { PageFrontmatter } from '#src/schemas/page.ts';

/**
 * Frontmatter for a page the site builds from its data (area, tag and update pages). It is `review` like the data
 * it lists, has no owner of its own, carries no tags (so it never lists itself as related) and is dated by the
 * newest review or update among what it shows. A listing with nothing in it yet (a new area, a site without
 * updates) is dated by the newest page of the site, `siteDates`: it was last complete then.
 */
export function generatedPage(
	title: string,
	description: string,
	dates: readonly string[],
	siteDates: readonly string[]
): PageFrontmatter {
	const lastReviewed = newest(dates) ?? newest(siteDates);
	if (!lastReviewed)
		throw new Error(
			`The generated page "${title}" lists nothing and the site has no dated page, so it has no date.`
		);
	return { title, description, status: 'review', lastReviewed, owners: [], tags: [] };
}

function newest(dates: readonly string[]): string | undefined {
	return [...dates].sort().at(-1);
}
