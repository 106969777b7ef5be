import { windowAround } from './entry-window.ts';
import { pageCount, siteMapAnchors } from './site-map-page.ts';
import {
	holdsCurrent,
	linksOf,
	sidebarLink,
	type SidebarEntry,
	type SidebarGroup,
} from './sidebar-tree.ts';

export interface SidebarBounds {
	/** Groups with more links than this are shortened: to one link outside the current group, to a window inside it. */
	maxLinksPerGroup: number;
	/** How many entries of a shortened current group are shown around the current page. */
	groupWindow: number;
	/** How many top-level entries are shown around the current one when there are more. */
	topLevelWindow: number;
	/** The site map's URL: it lists every page, so whatever the sidebar leaves out is one link away. */
	siteMapHref: string;
}

/**
 * Stock Starlight writes the whole sidebar into every page, so each page grows with the size of the site and the
 * site's total size with its square. Here each page gets a sidebar of bounded size, however many pages the site
 * has: the top-level entries nearest the current one; large groups reduced to one link to their list on the site
 * map; in a large current group, the entries around the current page and a link to the whole list. When top-level
 * entries are left out, a last link leads to the site map. Small sidebars (this site's own) come out unchanged.
 */
export function boundSidebar(sidebar: SidebarEntry[], bounds: SidebarBounds): SidebarEntry[] {
	const anchors = siteMapAnchors(sidebar);
	const listOf = (group: SidebarGroup) => `${bounds.siteMapHref}#${anchors.get(group)}`;
	const bound = (entry: SidebarEntry): SidebarEntry => {
		if (entry.type === 'link') return entry;
		const links = linksOf(entry);
		if (links.length <= bounds.maxLinksPerGroup) return entry;
		if (!holdsCurrent(entry))
			return sidebarLink(`${entry.label}: all ${links.length} pages`, listOf(entry));
		const around = windowAround(
			entry.entries.length,
			entry.entries.findIndex(holdsCurrent),
			bounds.groupWindow
		);
		const shown = entry.entries.slice(around.start, around.end).map(bound);
		return {
			...entry,
			entries: [
				...shown,
				sidebarLink(`All ${links.length} pages in ${entry.label}`, listOf(entry)),
			],
		};
	};

	const { start, end } = windowAround(
		sidebar.length,
		sidebar.findIndex(holdsCurrent),
		bounds.topLevelWindow
	);
	const shown = sidebar.slice(start, end).map(bound);
	if (end - start === sidebar.length) return shown;
	return [
		...shown,
		sidebarLink(
			`Site map: all ${pageCount(sidebar).toLocaleString('en')} pages`,
			bounds.siteMapHref
		),
	];
}
