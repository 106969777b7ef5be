import type { PageFrontmatter } from '../schemas/page.ts';

/**
 * Frontmatter for a page the site builds from its data (area, tag and update pages). It is `review` like the data
 * it lists, has no owner of its own, carries no tags (so it never lists itself as related) and is dated by the
 * newest review or update among what it shows.
 */
export function generatedPage(title: string, description: string, dates: readonly string[]): PageFrontmatter {
	const lastReviewed = [...dates].sort().at(-1);
	if (!lastReviewed) throw new Error(`The generated page "${title}" lists nothing, so it has no date.`);
	return { title, description, status: 'review', lastReviewed, owners: [], tags: [] };
}
