/**
 * The `size` consecutive positions of a list of `count` that centre on `index`, moved inwards at either end of
 * the list so the window stays full: the first half-open range [start, end). A negative `index` (nothing to
 * centre on) gives the start of the list.
 */
export function windowAround(
	count: number,
	index: number,
	size: number
): { start: number; end: number } {
	if (count <= size) return { start: 0, end: count };
	const centred = Math.max(0, index) - Math.floor((size - 1) / 2);
	const start = Math.min(Math.max(0, centred), count - size);
	return { start, end: start + size };
}
