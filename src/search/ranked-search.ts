import { resultsPerBatch } from './options.ts';
import type { Pagefind, PagefindResponse, PagefindResult } from './pagefind.ts';
import { meaningfulTerms, relaxedQueries } from './query.ts';

export interface PageSearch {
	results: PagefindResult[];
	filters: PagefindResponse['filters'];
}

/**
 * Searches as the site's search UIs do: pages with every meaningful word first, in Pagefind's order; if those are
 * fewer than a batch, pages that match all words but one follow, best score first. The relaxed queries reuse the
 * index files the full query loaded, so they cost no extra download.
 */
export async function searchPages(
	pagefind: Pagefind,
	query: string,
	filters: Record<string, string>
): Promise<PageSearch | null> {
	const terms = meaningfulTerms(query);
	const full = await pagefind.search(terms.length > 0 ? terms.join(' ') : null, { filters });
	if (!full || full.results.length >= resultsPerBatch) return full;
	const relaxed = await Promise.all(
		relaxedQueries(terms).map((relaxedQuery) => pagefind.search(relaxedQuery, { filters }))
	);
	const seen = new Set(full.results.map((result) => result.id));
	const extra = relaxed
		.flatMap((response) => response?.results ?? [])
		.sort((a, b) => b.score - a.score)
		.filter((result) => !seen.has(result.id) && seen.add(result.id));
	return { results: [...full.results, ...extra], filters: full.filters };
}
