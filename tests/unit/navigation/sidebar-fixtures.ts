import type { SidebarGroup, SidebarLink } from '#src/navigation/sidebar-tree.ts';

/** Sidebar entries as Starlight builds them, for the navigation tests. */
export const link = (label: string, isCurrent = false): SidebarLink => ({
	type: 'link',
	label,
	href: `/${label}/`,
	isCurrent,
	badge: undefined,
	attrs: {},
});

/** A group of `count` links named `<label>-<index>`, the one at `currentIndex` (if any) being the current page. */
export const group = (label: string, count: number, currentIndex = -1): SidebarGroup => ({
	type: 'group',
	label,
	collapsed: false,
	badge: undefined,
	entries: Array.from({ length: count }, (_, index) =>
		link(`${label}-${index}`, index === currentIndex)
	),
});
