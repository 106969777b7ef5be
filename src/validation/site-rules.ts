import type { Problem, SiteContent } from '#src/content-source/model.ts';
import { checkDuplicateRoutes } from './rules/duplicate-routes.ts';
import { checkInternalLinks } from './rules/links.ts';
import { checkPaperSnapshots } from './rules/paper-data.ts';
import { checkReleaseReferences } from './rules/releases.ts';
import { checkWhitepaperRedirects } from './rules/whitepaper-redirects.ts';

/** A check across collections, e.g. that a link in one page lands on another. */
export type SiteRule = (site: SiteContent) => Problem[];

/** Checks that need every collection at once; they run after each collection's own rules. */
export const defaultSiteRules: readonly SiteRule[] = [
	checkInternalLinks,
	checkDuplicateRoutes,
	checkWhitepaperRedirects,
	checkReleaseReferences,
	checkPaperSnapshots,
];
