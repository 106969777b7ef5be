/**
 * The compare page's choice in its URL, `?os=bottlerocket,flatcar`, so a comparison can be linked. Ids the
 * landscape does not have, repeats and any beyond the fourth are dropped; other parameters are kept.
 */
export const selectionParam = 'os';
export const maxSelected = 4;

export function selectionFromQuery(search: string, knownIds: readonly string[]): string[] {
	const value = new URLSearchParams(search).get(selectionParam) ?? '';
	const ids = value.split(',').map((id) => id.trim());
	return [...new Set(ids)].filter((id) => knownIds.includes(id)).slice(0, maxSelected);
}

/** The query string with the choice written in, as a readable comma-separated list; none removes it. */
export function queryWithSelection(search: string, ids: readonly string[]): string {
	const params = new URLSearchParams(search);
	if (ids.length === 0) params.delete(selectionParam);
	else params.set(selectionParam, ids.join(','));
	// URLSearchParams escapes the commas of the list; they are safe in a query and easier to read unescaped.
	const text = params.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}
