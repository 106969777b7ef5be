import { getCollection, getEntry } from 'astro:content';
import { loadLandscape } from '#src/landscape/load.ts';
import { isoToday } from '#src/lifecycle/dates.ts';
import { liveData, snapshotData, snapshotId, type PaperData } from './paper-data.ts';
import { paperPath, shortLinkPath, versionPath } from './paths.ts';
import { finalTarget, type Redirect } from './redirects.ts';
import { groupPapers, type Paper, type PaperVersion } from './versions.ts';

/** Every paper with its readable versions, newest first, papers by title. */
export async function loadPapers(): Promise<Paper[]> {
	return groupPapers(await getCollection('whitepapers'));
}

/**
 * Every static redirect page the site serves: the short links of each paper (to its latest version and to each
 * version) and the renamed addresses of content/whitepapers/redirects.yaml, each sent straight to its final page.
 */
export async function loadRedirectPages(): Promise<Redirect[]> {
	const shortLinks = (await loadPapers()).flatMap((paper) => [
		{ from: shortLinkPath(paper.latest.data.shortName), to: paperPath(paper.slug) },
		...paper.versions.map((version) => ({
			from: shortLinkPath(version.data.shortName, version.version),
			to: versionPath(paper.slug, version.version),
		})),
	]);
	const renamed = (await getCollection('whitepaperRedirects')).map((entry) => entry.data);
	return [
		...shortLinks,
		...renamed.map((redirect) => ({
			from: redirect.from,
			to: finalTarget([...shortLinks, ...renamed], redirect.from),
		})),
	];
}

/** The data one version's figures and tables use: its frozen snapshot, or live collections when it has none. */
export async function loadPaperData(shown: PaperVersion): Promise<PaperData> {
	const snapshot = await getEntry('paperData', snapshotId(shown.slug, shown.version));
	if (snapshot) return snapshotData(snapshot.data);
	const [lifecycles, landscape, releases] = await Promise.all([
		getCollection('lifecycles'),
		loadLandscape(),
		getCollection('releases'),
	]);
	return liveData({ lifecycles, landscape, releases }, isoToday());
}
