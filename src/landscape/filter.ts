/** Filter and sort state of the landscape matrix, read from and written to the URL's query string. */
export interface MatrixState {
	filters: Record<string, string>;
	sort?: { key: string; descending: boolean };
}

export function readState(search: string, filterNames: readonly string[]): MatrixState {
	const params = new URLSearchParams(search);
	const filters = Object.fromEntries(
		filterNames.flatMap((name) => (params.get(name) ? [[name, params.get(name) as string]] : []))
	);
	const sortKey = params.get('sort');
	return sortKey
		? { filters, sort: { key: sortKey, descending: params.get('order') === 'desc' } }
		: { filters };
}

/** The query string for a state; other parameters of the current URL are kept. */
export function writeState(
	search: string,
	filterNames: readonly string[],
	state: MatrixState
): string {
	const params = new URLSearchParams(search);
	for (const name of filterNames) {
		const value = state.filters[name];
		if (value) params.set(name, value);
		else params.delete(name);
	}
	params.delete('sort');
	params.delete('order');
	if (state.sort) {
		params.set('sort', state.sort.key);
		if (state.sort.descending) params.set('order', 'desc');
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** A row matches when every chosen filter equals the row's value for it. */
export function rowMatches(
	row: Record<string, string | undefined>,
	filters: Record<string, string>
): boolean {
	return Object.entries(filters).every(([name, value]) => row[name] === value);
}

/** Natural order ("9" before "18"), with empty and unknown values always last. */
export function compareValues(a: string, b: string, descending: boolean): number {
	const rank = (value: string) => (value === '' || value === 'Unknown' ? 1 : 0);
	if (rank(a) !== rank(b)) return rank(a) - rank(b);
	const order = a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
	return descending ? -order : order;
}
