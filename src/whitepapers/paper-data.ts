import { landscapeOrder } from '#src/landscape/order.ts';
import type { IsoDate } from '#src/lifecycle/dates.ts';
import { productOrder } from '#src/lifecycle/order.ts';
import type { OsReleasesFile } from '#src/lifecycle/shipped.ts';
import type { LifecycleProduct } from '#src/lifecycle/support.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';
import type { PaperDataSnapshot } from '#src/schemas/paper-data.ts';

/**
 * The data a paper version's figures, tables and computed dates are drawn from, handed to its MDX as
 * `props.paperData`. A published version reads the snapshot frozen with it (`source: 'snapshot'`), so its page
 * and PDF never change when content/ moves on; the living draft reads the site's collections (`source: 'live'`)
 * and says so. Components given this data read nothing else.
 */
export interface PaperData {
	source: 'snapshot' | 'live';
	/** The day the data stands for: the snapshot's day, or the build date for live data. */
	asOf: IsoDate;
	/** The commit of content/ a snapshot was taken from; live data has none. */
	commit?: string;
	/** Sorted as the site shows them: lifecycles by kind and name, the landscape by lifecycle and name. */
	lifecycles: LifecycleProduct[];
	landscape: LandscapeOs[];
	releases: OsReleasesFile[];
}

/** Where a version's snapshot is, from the repository root. */
export function snapshotFile(slug: string, version: string): string {
	return `content/whitepapers/${slug}/data/${version}.json`;
}

/** Files of the paperData collection, relative to content/whitepapers/. */
export const snapshotFilePattern = '*/data/*.json';

/** The collection id of a snapshot: `<slug>/<version>`, as a frozen paper version's own id. */
export function snapshotEntryId(pathInBase: string): string {
	const [slug = pathInBase, , file = ''] = pathInBase.split('/');
	return `${slug}/${file.replace(/\.json$/, '')}`;
}

export function snapshotId(slug: string, version: string): string {
	return `${slug}/${version}`;
}

/** A stored snapshot as the components read it. */
export function snapshotData(snapshot: PaperDataSnapshot): PaperData {
	const entries = <Data>(record: Record<string, Data> | undefined) =>
		Object.entries(record ?? {}).map(([id, data]) => ({ id, data }));
	return {
		source: 'snapshot',
		asOf: snapshot.asOf,
		commit: snapshot.takenFrom.commit,
		lifecycles: entries(snapshot.lifecycles).sort(productOrder),
		landscape: entries(snapshot.landscape)
			.map(({ id, data }) => ({ id, ...data }))
			.sort(landscapeOrder),
		releases: entries(snapshot.releases).sort((a, b) => a.id.localeCompare(b.id, 'en')),
	};
}

/** The site's current collections as the living draft reads them, as of the build date. */
export function liveData(
	collections: Pick<PaperData, 'lifecycles' | 'landscape' | 'releases'>,
	buildDate: IsoDate
): PaperData {
	return {
		source: 'live',
		asOf: buildDate,
		lifecycles: [...collections.lifecycles].sort(productOrder),
		landscape: [...collections.landscape].sort(landscapeOrder),
		releases: [...collections.releases].sort((a, b) => a.id.localeCompare(b.id, 'en')),
	};
}
