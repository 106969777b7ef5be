import type { SidebarEntry } from './sidebar-tree.ts';

/**
 * The sidebar of the page being rendered as Starlight built it, before the route middleware bounded it: the site
 * map lists every page from it. Kept per request (Astro's `locals`), so no page sees another's.
 */
const fullSidebars = new WeakMap<object, SidebarEntry[]>();

export function rememberFullSidebar(locals: object, sidebar: SidebarEntry[]): void {
	fullSidebars.set(locals, sidebar);
}

export function fullSidebarOf(locals: object): SidebarEntry[] {
	const sidebar = fullSidebars.get(locals);
	if (!sidebar)
		throw new Error(
			'No full sidebar for this page: is src/route-middleware/sidebar.ts registered in astro.config.mjs?'
		);
	return sidebar;
}
