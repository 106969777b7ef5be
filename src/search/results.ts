import { facets, type FacetName } from './facets.ts';

/** The line under a result's title: what kind of page it is, its focus area and when it was last reviewed. */
export function resultDetails(meta: Record<string, string | undefined>): string {
	return [
		meta['type'],
		meta['area'],
		meta['lastReviewed'] && `Last reviewed ${meta['lastReviewed']}`,
	]
		.filter(Boolean)
		.join(' · ');
}

/** What the live region announces after a search. */
export function resultsMessage(
	query: string,
	choices: Partial<Record<FacetName, string>>,
	count: number
): string {
	const narrowed = facets.flatMap((facet) => {
		const value = choices[facet.name];
		return value ? [(facet.values as Record<string, string>)[value] ?? value] : [];
	});
	const scope = [query && `for “${query}”`, narrowed.length > 0 && `in ${narrowed.join(', ')}`]
		.filter(Boolean)
		.join(' ');
	const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
	return `${found} ${scope}.`;
}
