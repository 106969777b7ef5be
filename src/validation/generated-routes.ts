import { areaIds } from '#src/schemas/guidance.ts';
import { entryIdOf } from './heading-slugs.ts';
import { pagePathsOf } from '#src/whitepapers/paths.ts';
import { parseEntryId, whitepaperEntryId } from '#src/whitepapers/versions.ts';
import { routeOf } from './routes.ts';
import type { SiteContent } from './validate.ts';

/**
 * Pages that src/pages/ builds from content through getStaticPaths. The checker cannot run getStaticPaths
 * without a build, so each dynamic route is listed here with the content it is made from. Keep this list in
 * step with src/pages/ (a dynamic page added there without an entry here makes links to it fail the check,
 * which is the safe direction). Each entry gives addresses with the file each is made from.
 */
type GeneratedRoutes = (site: SiteContent) => { path: string; source: string }[];

const filesOf = (site: SiteContent, collection: string) => site.files.get(collection) ?? [];

export const generatedRoutes: GeneratedRoutes[] = [
	// src/pages/landscape/[id].astro
	(site) =>
		filesOf(site, 'landscape').map((content) => ({
			path: `/landscape/${entryIdOf(content.pathInBase)}/`,
			source: content.file,
		})),
	// src/pages/whitepapers/[slug]/[version]/ and src/pages/wp/[...shortLink]: a paper's versioned page and its
	// short links. The page each file is published at (/whitepapers/<slug>/, or its version's page for a frozen
	// copy) is added with its headings by routes.ts.
	(site) =>
		filesOf(site, 'whitepapers').flatMap((content) => {
			const data = content.data as { shortName?: string; version?: string } | undefined;
			if (!data?.shortName || !data.version) return [];
			const { slug, frozenVersion } = parseEntryId(whitepaperEntryId(content.pathInBase));
			const own = routeOf(content);
			return pagePathsOf(slug, data.shortName, data.version, !frozenVersion)
				.filter((path) => path !== own)
				.map((path) => ({ path, source: content.file }));
		}),
	// src/pages/areas/[area].astro: one page per focus area.
	() =>
		areaIds.map((area) => ({ path: `/areas/${area}/`, source: 'src/pages/areas/[area].astro' })),
	// src/pages/tags/[tag].astro: one page per tag that a docs page carries.
	(site) =>
		[
			...new Set(
				filesOf(site, 'docs').flatMap(
					(content) => (content.data as { tags?: string[] } | undefined)?.tags ?? []
				)
			),
		].map((tag) => ({ path: `/tags/${tag}/`, source: 'src/pages/tags/[tag].astro' })),
];

/** Files the build writes that no page source names: the search index and the sitemap. */
export const builtFiles = ['/pagefind/', '/sitemap-index.xml'];
