/**
 * Where a page's social card lives. Cards are keyed by the page's path inside the site (`guidance/lts`), with
 * `index` for the home page, so the image URL can be derived from any page URL without a lookup table.
 */
export function cardKey(pathname: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	const inSite = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
	const key = inSite.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|\.html$/, '');
	return key === '' ? 'index' : key;
}

/** The card image's path inside the site, without the base: `og/guidance/lts.png`. */
export function cardImagePath(key: string): string {
	return `og/${key}.png`;
}
