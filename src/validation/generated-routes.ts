import { entryIdOf } from '#src/content-source/entry-id.ts';
import type { SiteContent } from '#src/content-source/model.ts';
import { comparePairs } from '#src/landscape/compare-pairs.ts';
import { isoToday } from '#src/lifecycle/dates.ts';
import { commonStacks, stackPath } from '#src/lifecycle/stack.ts';
import { areaIds } from '#src/schemas/guidance.ts';
import { pagePathsOf } from '#src/whitepapers/paths.ts';
import { routeOf } from './content-routes.ts';
import { paperFiles } from './rules/whitepapers.ts';
import { filesOf } from './site-files.ts';

/**
 * Pages that src/pages/ builds from content through getStaticPaths. The checker cannot run getStaticPaths
 * without a build, so each dynamic route is listed here, keyed by its page file, with the addresses it makes
 * from the content and the file each is made from. Each computes its paths with the same functions as its
 * page's getStaticPaths; a browser test compares this table with what the build wrote to dist/, so a page
 * added under src/pages/ without an entry here fails it.
 */
type GeneratedRoutes = (site: SiteContent) => { path: string; source: string }[];

export const generatedRoutes: Record<string, GeneratedRoutes> = {
	'src/pages/landscape/[id].astro': (site) =>
		filesOf(site, 'landscape').map((content) => ({
			path: `/landscape/${entryIdOf(content.pathInBase)}/`,
			source: content.file,
		})),
	'src/pages/landscape/compare/[pair].astro': (site) =>
		comparePairs(
			filesOf(site, 'landscape').flatMap((content) =>
				content.data ? [{ id: entryIdOf(content.pathInBase), ...content.data }] : []
			)
		).map((pair) => ({
			path: `/landscape/compare/${pair.slug}/`,
			source: 'src/pages/landscape/compare/[pair].astro',
		})),
	// A paper's versioned pages and its short links; the page each file is published at (/whitepapers/<slug>/,
	// or its version's page for a frozen copy) is added with its headings by routes.ts.
	'src/pages/whitepapers/[slug]/[version]/index.astro': (site) =>
		paperFiles(filesOf(site, 'whitepapers')).flatMap((paper) => {
			const own = routeOf(paper);
			return pagePathsOf(paper.slug, paper.data.shortName, paper.data.version, !paper.frozenVersion)
				.filter((path) => path !== own)
				.map((path) => ({ path, source: paper.file }));
		}),
	// Old whitepaper addresses that redirect to where a paper moved (also /wp/ ones, through
	// src/pages/wp/[...shortLink].astro). A redirect that would hide a live page is the redirects rule's to report.
	'src/pages/whitepapers/[...renamed].astro': (site) => {
		const pages = new Set(
			paperFiles(filesOf(site, 'whitepapers')).flatMap((paper) =>
				pagePathsOf(paper.slug, paper.data.shortName, paper.data.version, !paper.frozenVersion)
			)
		);
		return (filesOf(site, 'whitepaperRedirects')[0]?.data?.redirects ?? [])
			.filter((redirect) => !pages.has(redirect.from))
			.map((redirect) => ({ path: redirect.from, source: 'content/whitepapers/redirects.yaml' }));
	},
	'src/pages/areas/[area].astro': () =>
		areaIds.map((area) => ({ path: `/areas/${area}/`, source: 'src/pages/areas/[area].astro' })),
	'src/pages/tags/[tag].astro': (site) =>
		[...new Set(filesOf(site, 'docs').flatMap((content) => content.data?.tags ?? []))].map(
			(tag) => ({ path: `/tags/${tag}/`, source: 'src/pages/tags/[tag].astro' })
		),
	'src/pages/lifecycles/stack/[...stack].astro': (site) => {
		const dataOf = <Data>(files: readonly { pathInBase: string; data: Data | undefined }[]) =>
			files.flatMap((content) =>
				content.data ? [{ id: entryIdOf(content.pathInBase), data: content.data }] : []
			);
		return commonStacks(
			dataOf(filesOf(site, 'lifecycles')),
			dataOf(filesOf(site, 'releases')),
			isoToday()
		).map((choice) => ({
			path: `/${stackPath(choice)}`,
			source: 'src/pages/lifecycles/stack/[...stack].astro',
		}));
	},
};

/** Files the build writes that no page source names: the search index and the sitemap. */
export const builtFiles = ['/pagefind/', '/sitemap-index.xml'];
