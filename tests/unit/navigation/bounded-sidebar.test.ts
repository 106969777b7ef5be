import { describe, expect, it } from 'vitest';
import { boundSidebar, type SidebarBounds } from '#src/navigation/bounded-sidebar.ts';
import type { SidebarEntry, SidebarLink } from '#src/navigation/sidebar-tree.ts';
import { group, link } from './sidebar-fixtures.ts';

const bounds: SidebarBounds = {
	maxLinksPerGroup: 20,
	groupWindow: 9,
	topLevelWindow: 7,
	siteMapHref: '/site-map/',
};

function allLinks(entries: readonly SidebarEntry[]): SidebarLink[] {
	return entries.flatMap((entry) => (entry.type === 'link' ? [entry] : allLinks(entry.entries)));
}

/** A site of `count` sections of 50 pages, the current page being page `page` of section `section` (if given). */
function sections(count: number, section = -1, page = 0): SidebarEntry[] {
	return Array.from({ length: count }, (_, index) =>
		group(`Section ${index + 1}`, 50, index === section ? page : -1)
	);
}

describe('boundSidebar', () => {
	it("leaves a sidebar like this site's own unchanged: few groups, none over the limit", () => {
		const sidebar = [
			group('Start here', 4),
			group('Guidance', 13, 5),
			group('Whitepapers', 1),
			group('Landscape', 2),
			group('Browse', 3),
		];
		expect(boundSidebar(sidebar, bounds)).toEqual(sidebar);
	});

	it('reduces a large group without the current page to one link to its list on the site map', () => {
		const [reduced] = boundSidebar([group('Reference', 50), group('Start', 3, 0)], bounds);
		expect(reduced).toEqual({ ...link('Reference: all 50 pages'), href: '/site-map/#reference' });
	});

	it('shows a large current group as a window around the current page and a link to the whole list', () => {
		const [current] = boundSidebar([group('Reference', 50, 30)], bounds);
		expect(current?.type === 'group' && current.entries.map((entry) => entry.label)).toEqual([
			...Array.from({ length: 9 }, (_, index) => `Reference-${26 + index}`),
			'All 50 pages in Reference',
		]);
		expect(current?.type === 'group' && current.entries.at(-1)).toMatchObject({
			href: '/site-map/#reference',
		});
	});

	it('keeps the current page in the sidebar wherever it is in its group', () => {
		for (let page = 0; page < 50; page++) {
			const current = allLinks(boundSidebar(sections(40, 25, page), bounds)).filter(
				(entry) => entry.isCurrent
			);
			expect(current.map((entry) => entry.label)).toEqual([`Section 26-${page}`]);
		}
	});

	it('keeps the current group among the top-level entries wherever it is', () => {
		for (let section = 0; section < 40; section++) {
			const shown = boundSidebar(sections(40, section), bounds);
			expect(
				shown.some((entry) => entry.type === 'group' && entry.label === `Section ${section + 1}`)
			).toBe(true);
		}
	});

	it('gives a page of a 200-section site no more sidebar links than a page of a 10-section site', () => {
		const small = allLinks(boundSidebar(sections(10, 5, 20), bounds));
		const large = allLinks(boundSidebar(sections(200, 100, 20), bounds));
		expect(large.length).toBe(small.length);
		expect(large.length).toBeLessThanOrEqual(bounds.groupWindow + bounds.topLevelWindow + 1);
	});

	it('shows the top-level entries nearest the current one and ends with a link to the site map when it leaves some out', () => {
		const shown = boundSidebar(sections(200, 100), bounds);
		expect(shown.map((entry) => entry.label)).toEqual([
			'Section 98: all 50 pages',
			'Section 99: all 50 pages',
			'Section 100: all 50 pages',
			'Section 101',
			'Section 102: all 50 pages',
			'Section 103: all 50 pages',
			'Section 104: all 50 pages',
			'Site map: all 10,000 pages',
		]);
		expect(shown.at(-1)).toMatchObject({ type: 'link', href: '/site-map/' });
	});

	it('has no site map link when every top-level entry is shown', () => {
		const shown = boundSidebar(sections(7, 3), bounds);
		expect(allLinks(shown).some((entry) => entry.href === '/site-map/')).toBe(false);
	});

	it('starts at the top on a page the sidebar does not list', () => {
		const shown = boundSidebar(sections(20), bounds);
		expect(shown.map((entry) => entry.label).slice(0, 2)).toEqual([
			'Section 1: all 50 pages',
			'Section 2: all 50 pages',
		]);
		expect(shown).toHaveLength(bounds.topLevelWindow + 1);
	});

	it('windows a nested current group inside its parent and reduces the large groups beside it', () => {
		const parent = {
			...group('Guides', 0),
			entries: [group('Old', 30), group('New', 30, 12), link('Changelog')],
		};
		const [shown] = boundSidebar([parent], bounds);
		expect(shown?.type === 'group' && shown.entries.map((entry) => entry.label)).toEqual([
			'Old: all 30 pages',
			'New',
			'Changelog',
			'All 61 pages in Guides',
		]);
		const nested = shown?.type === 'group' ? shown.entries[1] : undefined;
		expect(nested?.type === 'group' && nested.entries.map((entry) => entry.label)).toEqual([
			...Array.from({ length: 9 }, (_, index) => `New-${8 + index}`),
			'All 30 pages in New',
		]);
		expect(nested?.type === 'group' && nested.entries.at(-1)).toMatchObject({
			href: '/site-map/#new',
		});
	});
});
