import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { compactSidebar } from '../navigation/compact-sidebar.ts';

/** Groups larger than this are shown as one link on pages outside them (the guidance group has 13 pages). */
const maxLinksInOtherGroups = 20;

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = compactSidebar(route.sidebar, maxLinksInOtherGroups);
});
