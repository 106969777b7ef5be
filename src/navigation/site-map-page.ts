import GithubSlugger from 'github-slugger';
import { linksOf, type SidebarEntry, type SidebarGroup } from './sidebar-tree.ts';

/** Where the site map is, below the site's base: the one page that lists every page of the sidebar. */
export const siteMapPath = 'site-map/';

/**
 * The id of each group's heading on the site map, from its label (made unique in sidebar order, nested groups
 * included). The sidebar of every page and the site map work these out from the same full sidebar, so a link to
 * a group's list always finds its heading.
 */
export function siteMapAnchors(sidebar: readonly SidebarEntry[]): Map<SidebarGroup, string> {
	const slugger = new GithubSlugger();
	const anchors = new Map<SidebarGroup, string>();
	const visit = (entries: readonly SidebarEntry[]) => {
		for (const entry of entries) {
			if (entry.type !== 'group') continue;
			anchors.set(entry, slugger.slug(entry.label));
			visit(entry.entries);
		}
	};
	visit(sidebar);
	return anchors;
}

/** How many pages the sidebar links to, in groups or not. */
export function pageCount(sidebar: readonly SidebarEntry[]): number {
	return sidebar.reduce(
		(count, entry) => count + (entry.type === 'link' ? 1 : linksOf(entry).length),
		0
	);
}
