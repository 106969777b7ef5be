import type { Whitepaper } from '#src/schemas/whitepaper.ts';

/**
 * Where a paper's versions live. `<slug>/index.mdx` is the living text, always the latest version; a version
 * that has been superseded is frozen as `<slug>/versions/<version>.mdx`, so it stays readable and citable.
 */
export const whitepaperFilePattern = '{*/index.mdx,*/versions/*.mdx}';

/** The collection id of a paper file: `<slug>` for the living text, `<slug>/<version>` for a frozen copy. */
export function whitepaperEntryId(pathInBase: string): string {
	const [slug = pathInBase, folder, file] = pathInBase.split('/');
	return folder === 'versions' && file ? `${slug}/${file.replace(/\.mdx$/, '')}` : slug;
}

/** The slug of a paper and, for a frozen copy, the version its file name claims. */
export function parseEntryId(id: string): { slug: string; frozenVersion?: string } {
	const [slug = id, frozenVersion] = id.split('/');
	return frozenVersion ? { slug, frozenVersion } : { slug };
}

/** Compares two x.y.z versions numerically (1.10.0 after 1.9.0). */
export function compareVersions(a: string, b: string): number {
	const partsA = a.split('.').map(Number);
	const partsB = b.split('.').map(Number);
	for (let index = 0; index < 3; index++) {
		const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** One version of a paper as readers get it: its text's collection id, its data, and whether it is the latest. */
export interface PaperVersion {
	slug: string;
	entryId: string;
	version: string;
	data: Whitepaper;
	latest: boolean;
}

/** A paper with every readable version, newest first; the first is the living text. */
export interface Paper {
	slug: string;
	latest: PaperVersion;
	versions: PaperVersion[];
}

/** Groups collection entries into papers; a frozen copy without a living text is ignored (the checker reports it). */
export function groupPapers(entries: readonly { id: string; data: Whitepaper }[]): Paper[] {
	const living = entries.filter((entry) => !parseEntryId(entry.id).frozenVersion);
	return living
		.map((entry) => {
			const latest: PaperVersion = {
				slug: entry.id,
				entryId: entry.id,
				version: entry.data.version,
				data: entry.data,
				latest: true,
			};
			const frozen = entries
				.filter(
					(other) =>
						parseEntryId(other.id).frozenVersion && parseEntryId(other.id).slug === entry.id
				)
				.map((other) => ({
					slug: entry.id,
					entryId: other.id,
					version: other.data.version,
					data: other.data,
					latest: false,
				}));
			const versions = [latest, ...frozen.sort((a, b) => compareVersions(b.version, a.version))];
			return { slug: entry.id, latest, versions };
		})
		.sort((a, b) => a.latest.data.title.localeCompare(b.latest.data.title, 'en'));
}

/**
 * What a reader of an earlier version is told (as HTML, for Starlight's page banner): that a newer version
 * exists, and where. Undefined for the latest version. Versions, dates and slugs are plain tokens, so no escaping.
 */
export function newerVersionNotice(
	paper: Paper,
	shown: PaperVersion,
	latestHref: string
): string | undefined {
	if (shown.latest) return undefined;
	return `You are reading version ${shown.version} of ${shown.data.updated}. A newer version, ${paper.latest.version}, exists: <a href="${latestHref}">read the latest version</a>.`;
}
