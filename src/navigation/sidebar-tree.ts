import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;
export type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/** Every link in a group, nested groups included, in sidebar order. */
export function linksOf(group: SidebarGroup): SidebarLink[] {
	return group.entries.flatMap((entry) => (entry.type === 'link' ? [entry] : linksOf(entry)));
}

export function holdsCurrent(entry: SidebarEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);
}

/** A sidebar link the site adds (not a page of the sidebar configuration): never current, no badge. */
export function sidebarLink(label: string, href: string): SidebarLink {
	return { type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} };
}
