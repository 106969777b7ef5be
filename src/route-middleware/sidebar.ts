import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { boundSidebar, type SidebarBounds } from '#src/navigation/bounded-sidebar.ts';
import { rememberFullSidebar } from '#src/navigation/full-sidebar.ts';
import { siteMapPath } from '#src/navigation/site-map-page.ts';
import { pathWithBase } from '#src/base-path.ts';

/**
 * The site's own sidebar stays whole: 5 top-level groups, the largest (guidance) with 13 pages. On a site of any
 * size a page gets at most 7 pages of its own group and 4 neighbouring groups (a large one as a single link), so
 * its HTML stays under 40 kB at 1,000 pages (README, Benchmark), where the whole sidebar would be 200 kB.
 */
const bounds: SidebarBounds = {
	maxLinksPerGroup: 20,
	groupWindow: 7,
	topLevelWindow: 5,
	siteMapHref: pathWithBase(`/${siteMapPath}`),
};

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	rememberFullSidebar(context.locals, route.sidebar);
	route.sidebar = boundSidebar(route.sidebar, bounds);
});
