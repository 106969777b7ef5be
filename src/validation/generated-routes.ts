import { entryIdOf } from './heading-slugs.ts';
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
	(site) => filesOf(site, 'landscape').map((content) => ({ path: `/landscape/${entryIdOf(content.pathInBase)}/`, source: content.file })),
	// The short link printed on slides: /wp/<shortName>. Each whitepaper's own page (/whitepapers/<folder>/) is
	// added with its headings by routes.ts; index pages such as /whitepapers/ or /lifecycles/ are static pages in
	// src/pages/ and found there once they exist.
	(site) => filesOf(site, 'whitepapers').flatMap((content) => {
		const shortName = (content.data as { shortName?: string } | undefined)?.shortName;
		return shortName ? [{ path: `/wp/${shortName}/`, source: content.file }] : [];
	}),
];

/** Files the build writes that no page source names: the search index and the sitemap. */
export const builtFiles = ['/pagefind/', '/sitemap-index.xml'];
