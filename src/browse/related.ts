/** A page as the related-pages list sees it: where it is, what it is about. */
export interface TopicPage {
	href: string;
	title: string;
	/** The focus area of a guidance page. */
	area?: string | undefined;
	tags: readonly string[];
}

/** Points for each kind of overlap: a shared area is the strongest signal, one page's area among the other's tags next. */
export const relatedWeights = { sameArea: 3, areaAsTag: 2, sharedTag: 1 } as const;

export function relatedScore(page: TopicPage, candidate: TopicPage): number {
	let score = 0;
	if (page.area && page.area === candidate.area) score += relatedWeights.sameArea;
	if (page.area && candidate.tags.includes(page.area)) score += relatedWeights.areaAsTag;
	if (candidate.area && candidate.area !== page.area && page.tags.includes(candidate.area))
		score += relatedWeights.areaAsTag;
	score +=
		candidate.tags.filter((tag) => page.tags.includes(tag)).length * relatedWeights.sharedTag;
	return score;
}

/**
 * Up to `limit` pages that share the most area and tags with `page`, best first; ties go to the page with an
 * area (guidance) and then by title, so the list is stable from build to build. Pages sharing nothing are left out.
 */
export function relatedPages<T extends TopicPage>(
	page: TopicPage,
	candidates: readonly T[],
	limit = 4
): T[] {
	return candidates
		.filter((candidate) => candidate.href !== page.href)
		.map((candidate) => ({ candidate, score: relatedScore(page, candidate) }))
		.filter(({ score }) => score > 0)
		.sort(
			(a, b) =>
				b.score - a.score ||
				Number(Boolean(b.candidate.area)) - Number(Boolean(a.candidate.area)) ||
				a.candidate.title.localeCompare(b.candidate.title, 'en')
		)
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}

/**
 * Tags a guidance page gets from the glossary: the glossary names, for each term, the areas where it matters, so
 * two areas that share terms (A/B partitions matters to upgrades, LTS and edge) are related even when their
 * authors chose different tags. Glossary tags are prefixed so they never collide with page tags.
 */
export function withGlossaryTags<T extends TopicPage>(
	page: T,
	terms: readonly { slug: string; guidance?: readonly string[] | undefined }[]
): T {
	if (!page.area) return page;
	const area = page.area;
	const glossaryTags = terms
		.filter((term) => term.guidance?.includes(area))
		.map((term) => `glossary:${term.slug}`);
	return { ...page, tags: [...page.tags, ...glossaryTags] };
}
