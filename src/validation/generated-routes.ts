import { entryIdOf } from './heading-slugs.ts';
import type { SiteContent } from './validate.ts';

/**
 * Pages that src/pages/ builds from content through getStaticPaths. The checker cannot run getStaticPaths
 * without a build, so each dynamic route is listed here with the content it is made from. Keep this list in
 * step with src/pages/ (a dynamic page added there without an entry here makes links to it fail the check,
 * which is the safe direction).
 */
export interface GeneratedRoute {
	/** The page that builds these routes, for messages. */
	page: string;
	paths(site: SiteContent): string[];
}

const idsOf = (site: SiteContent, collection: string) => (site.files.get(collection) ?? []).map((content) => content.pathInBase);

export const generatedRoutes: GeneratedRoute[] = [
	{ page: 'src/pages/landscape/[id].astro', paths: (site) => idsOf(site, 'landscape').map((path) => `/landscape/${entryIdOf(path)}/`) },
	// Whitepaper and lifecycle pages are being built (2026-11); links to them are checked against the content now
	// so that pages can link ahead and pass once the routes exist.
	// Each whitepaper's own page (/whitepapers/<folder>/) comes with its headings from routes.ts; this is the list.
	{ page: 'whitepaper index', paths: () => ['/whitepapers/'] },
	{
		page: 'whitepaper short links (/wp/<shortName>)',
		paths: (site) => (site.files.get('whitepapers') ?? []).flatMap((content) => {
			const shortName = (content.data as { shortName?: string } | undefined)?.shortName;
			return shortName ? [`/wp/${shortName}/`] : [];
		}),
	},
	{ page: 'lifecycle pages', paths: (site) => ['/lifecycles/', ...idsOf(site, 'lifecycles').map((path) => `/lifecycles/${entryIdOf(path)}/`)] },
];

/** Files the build writes that no page source names: the search index and the sitemap. */
export const builtFiles = ['/pagefind/', '/sitemap-index.xml'];
