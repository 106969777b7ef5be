/**
 * Whether the chosen operating systems agree on a field. Shared by the server, which marks the rows of a pair
 * page, and the compare page's script, which marks them again for each choice; so it imports nothing that
 * would bring zod or the field descriptors into the page's script.
 *
 * Each cell carries a key that stands for its value (equal values, equal keys) or `unknown`. Two known values
 * that differ make the row different even when a third is unknown; known values that agree beside an unknown
 * are no proof of sameness, so the row is marked unknown rather than the same.
 */
export type Verdict = 'same' | 'different' | 'unknown';

export const unknownKey = 'unknown';

export const verdictText: Record<Verdict, string> = {
	same: 'Same',
	different: 'Differs',
	unknown: 'Partly unknown',
};

/** The verdict over the chosen cells' keys; none for fewer than two cells. */
export function verdictOf(keys: readonly string[]): Verdict | undefined {
	if (keys.length < 2) return undefined;
	const known = new Set(keys.filter((key) => key !== unknownKey));
	if (known.size > 1) return 'different';
	return known.size === 1 && !keys.includes(unknownKey) ? 'same' : 'unknown';
}
