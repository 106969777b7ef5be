/** The middle value (the mean of the two middle values for an even count); undefined for no values. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** project / stock; undefined where either is missing or the stock value is zero. */
export function ratio(project: number | undefined, stock: number | undefined): number | undefined {
	if (project === undefined || stock === undefined || stock === 0) return undefined;
	return project / stock;
}
