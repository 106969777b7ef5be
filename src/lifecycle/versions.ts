/**
 * Versions as the data writes them: a line (`1.7`) or a release of it (`1.7.21`). Compared part by part as
 * numbers, so 1.7.9 comes before 1.7.21.
 */
export function compareVersions(a: string, b: string): number {
	const partsA = a.split('.').map(Number);
	const partsB = b.split('.').map(Number);
	for (let index = 0; index < Math.max(partsA.length, partsB.length); index++) {
		const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** A release of a line (three parts), not only the line. */
export function isRelease(version: string): boolean {
	return version.split('.').length >= 3;
}

/** The line a version belongs to among the given line ids: `1.7.21` and `1.7` are of line `1.7`. */
export function lineOfVersion(version: string, lineIds: readonly string[]): string | undefined {
	return lineIds
		.filter((id) => version === id || version.startsWith(`${id}.`))
		.sort((a, b) => b.length - a.length)[0];
}

/** The minor of a Kubernetes version: `1.36.3` is of 1.36. */
export function minorOf(version: string): string {
	return version.split('.').slice(0, 2).join('.');
}
