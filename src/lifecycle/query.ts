/**
 * What the page keeps in its query string, so a filtered chart or a calculated stack can be shared as a link:
 * `?products=kubernetes,eks` (the chart's products) and `?platform=…&os=…&runtime=…` (the stack calculator).
 * Each reader of the URL only touches its own keys.
 */
export const productsParam = 'products';

/** The products named in the URL that exist, in the order given; undefined when the URL names none (show all). */
export function productsFromQuery(
	search: string,
	knownIds: readonly string[]
): string[] | undefined {
	const value = new URLSearchParams(search).get(productsParam);
	if (value === null) return undefined;
	return [...new Set(value.split(',').map((id) => id.trim()))].filter((id) =>
		knownIds.includes(id)
	);
}

/** The query string with the products choice written in; all products shown means no parameter at all. */
export function queryWithProducts(
	search: string,
	shown: readonly string[],
	knownIds: readonly string[]
): string {
	const params = new URLSearchParams(search);
	if (knownIds.every((id) => shown.includes(id))) params.delete(productsParam);
	else params.set(productsParam, knownIds.filter((id) => shown.includes(id)).join(','));
	return queryString(params);
}

/** Values of the given keys; missing keys are left out. */
export function valuesFromQuery<const Key extends string>(
	search: string,
	keys: readonly Key[]
): Partial<Record<Key, string>> {
	const params = new URLSearchParams(search);
	return Object.fromEntries(
		keys.flatMap((key) => (params.has(key) ? [[key, params.get(key) ?? ''] as const] : []))
	) as Partial<Record<Key, string>>;
}

/** The query string with the given keys written in; a key whose value is undefined is taken out. */
export function queryWithValues(
	search: string,
	values: Readonly<Record<string, string | undefined>>
): string {
	const params = new URLSearchParams(search);
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) params.delete(key);
		else params.set(key, value);
	}
	return queryString(params);
}

function queryString(params: URLSearchParams): string {
	// URLSearchParams escapes the commas of a list; they are safe in a query and easier to read unescaped.
	const text = params.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}
