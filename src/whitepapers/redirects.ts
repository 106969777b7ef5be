/** One old address of a whitepaper and where it moved, both site paths such as /whitepapers/old-name/. */
export interface Redirect {
	from: string;
	to: string;
}

/**
 * The addresses a reader passes through from `from`: `from` itself, then each `to` while that is another
 * redirect's `from`. `loops` is true when the chain comes back to an address it has already passed.
 */
export function followRedirects(
	redirects: readonly Redirect[],
	from: string
): { chain: string[]; loops: boolean } {
	const targets = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
	const chain = [from];
	for (let next = targets.get(from); next !== undefined; next = targets.get(next)) {
		if (chain.includes(next)) return { chain: [...chain, next], loops: true };
		chain.push(next);
	}
	return { chain, loops: false };
}

/** Where a redirect finally lands, so a static redirect page sends the reader there in one step. */
export function finalTarget(redirects: readonly Redirect[], from: string): string {
	return followRedirects(redirects, from).chain.at(-1) ?? from;
}
