import type { LifecycleProduct } from './support.ts';
import { compareVersions, isRelease, lineOfVersion } from './versions.ts';

/** One release line a runtime's support table recommends for a Kubernetes minor, from which release on. */
export interface RecommendedLine {
	line: string;
	minimum?: string;
}

/**
 * What a runtime project's own support table says of one of its versions with one Kubernetes minor. The table
 * names, per minor, the releases it recommends ("1.7.28+"). A minor it names nowhere lies outside the table
 * (older or newer than it), which is no verdict; a version given only as its line cannot be held to a
 * minimum past the line's first release.
 */
export type KubernetesRecommendation =
	| { verdict: 'recommended'; source: string }
	| { verdict: 'below-minimum'; minimum: string; source: string }
	| { verdict: 'not-listed'; listed: RecommendedLine[]; source: string }
	| { verdict: 'undecided'; minimum: string; source: string }
	| { verdict: 'not-covered' };

export function kubernetesRecommendation(
	runtime: LifecycleProduct,
	version: string,
	minor: string
): KubernetesRecommendation {
	const entries = (runtime.data.compatibility ?? []).filter((entry) =>
		entry.kubernetes?.includes(minor)
	);
	const first = entries[0];
	if (!first) return { verdict: 'not-covered' };
	const line = lineOfVersion(
		version,
		runtime.data.lines.map((candidate) => candidate.id)
	);
	const own = entries.find((entry) => entry.line === line);
	if (!own) {
		return {
			verdict: 'not-listed',
			listed: entries.map((entry) =>
				entry.minimum === undefined
					? { line: entry.line }
					: { line: entry.line, minimum: entry.minimum }
			),
			source: first.source,
		};
	}
	const { minimum, source } = own;
	if (minimum === undefined) return { verdict: 'recommended', source };
	if (isRelease(version))
		return compareVersions(version, minimum) >= 0
			? { verdict: 'recommended', source }
			: { verdict: 'below-minimum', minimum, source };
	return compareVersions(minimum, `${own.line}.0`) === 0
		? { verdict: 'recommended', source }
		: { verdict: 'undecided', minimum, source };
}

/** A recommended line as the table writes it: `2.2.0+`, or the line alone when it names no minimum. */
export const recommendedText = (entry: RecommendedLine) =>
	entry.minimum === undefined ? entry.line : `${entry.minimum}+`;
