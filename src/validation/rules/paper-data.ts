import type { Problem, SiteContent } from '#src/content-source/model.ts';
import { snapshotEntryId, snapshotFile } from '#src/whitepapers/paper-data.ts';
import { filesOf } from '../site-files.ts';
import { paperFiles } from './whitepapers.ts';

/**
 * Snapshots and paper versions find each other by name only (data/<version>.json beside the paper), so a typo
 * would leave a snapshot unread and its version drawn from live data. Each snapshot belongs to a version of its
 * paper, and each frozen copy whose body uses `paperData` has its snapshot.
 */
export function checkPaperSnapshots(site: SiteContent): Problem[] {
	const papers = paperFiles(filesOf(site, 'whitepapers'));
	const versionIds = new Set(papers.map((paper) => `${paper.slug}/${paper.data.version}`));
	const snapshots = filesOf(site, 'paperData');
	const snapshotIds = new Set(snapshots.map((content) => snapshotEntryId(content.pathInBase)));
	const orphans = snapshots
		.filter((content) => !versionIds.has(snapshotEntryId(content.pathInBase)))
		.map((content) => {
			const [slug = ''] = snapshotEntryId(content.pathInBase).split('/');
			const versions = papers
				.filter((paper) => paper.slug === slug)
				.map((paper) => paper.data.version);
			return {
				file: content.file,
				line: 1,
				column: 1,
				field: '(file)',
				expected: `the snapshot of a version of content/whitepapers/${slug}/ (${versions.join(', ') || 'no paper there'})`,
				found: `no version ${snapshotEntryId(content.pathInBase).slice(slug.length + 1)}`,
				hint: 'A snapshot is named after its version: data/<version>.json.',
			};
		});
	const unfrozen = papers
		.filter(
			(paper) =>
				paper.frozenVersion &&
				paper.body?.text.includes('paperData') &&
				!snapshotIds.has(`${paper.slug}/${paper.data.version}`)
		)
		.map((paper) => ({
			file: paper.file,
			line: 1,
			column: 1,
			field: '(file)',
			expected: `its data snapshot ${snapshotFile(paper.slug, paper.data.version)}`,
			found: 'no such file: this frozen version would draw its figures from live data',
			hint: `Run npm run paper:freeze -- ${paper.slug} --version ${paper.data.version} --from <the commit it was published at>.`,
		}));
	return [...orphans, ...unfrozen];
}
