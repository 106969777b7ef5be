import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/**
 * Stock Starlight writes the whole sidebar into every page, so each page grows with the size of the site and
 * the site's total size with its square. Large top-level groups that do not hold the current page are reduced to
 * one link to their first page; the group holding the current page stays complete. Readers still reach every
 * page in two steps, and per-page HTML stops growing with the number of pages.
 */
export function compactSidebar(sidebar: SidebarEntry[], maxLinksInOtherGroups: number): SidebarEntry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group' || containsCurrent(entry)) return entry;
		const links = linksOf(entry);
		const first = links[0];
		if (links.length <= maxLinksInOtherGroups || !first) return entry;
		const summary: SidebarLink = {
			type: 'link',
			label: `${entry.label}: all ${links.length} pages`,
			href: first.href,
			isCurrent: false,
			badge: undefined,
			attrs: {},
		};
		return { ...entry, collapsed: true, entries: [summary] };
	});
}

function linksOf(group: SidebarGroup): SidebarLink[] {
	return group.entries.flatMap((entry) => (entry.type === 'link' ? [entry] : linksOf(entry)));
}

function containsCurrent(group: SidebarGroup): boolean {
	return linksOf(group).some((link) => link.isCurrent);
}
