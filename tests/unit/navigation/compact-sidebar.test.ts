import { describe, expect, it } from 'vitest';
import { compactSidebar } from '../../../src/navigation/compact-sidebar.ts';

const link = (label: string, isCurrent = false) => ({ type: 'link' as const, label, href: `/${label}/`, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, count: number, currentIndex = -1) => ({
	type: 'group' as const,
	label,
	collapsed: false,
	badge: undefined,
	entries: Array.from({ length: count }, (_, index) => link(`${label}-${index}`, index === currentIndex)),
});

describe('compactSidebar', () => {
	it('reduces a large group without the current page to one link to its first page', () => {
		const [compacted] = compactSidebar([group('reference', 50)], 20);
		expect(compacted).toMatchObject({ type: 'group', label: 'reference', collapsed: true });
		expect(compacted?.type === 'group' && compacted.entries).toEqual([{ ...link('reference: all 50 pages'), href: '/reference-0/' }]);
	});

	it('keeps the group that holds the current page, however large, and small groups whole', () => {
		const sidebar = [group('reference', 50, 37), group('start', 4)];
		expect(compactSidebar(sidebar, 20)).toEqual(sidebar);
	});

	it('finds the current page in nested groups and counts nested links', () => {
		const nested = { ...group('outer', 0), entries: [group('inner', 30, 29)] };
		expect(compactSidebar([nested], 20)).toEqual([nested]);
		const [other] = compactSidebar([{ ...group('outer', 0), entries: [group('inner', 30)] }], 20);
		expect(other?.type === 'group' && other.entries[0]).toMatchObject({ label: 'outer: all 30 pages', href: '/inner-0/' });
	});

	it('leaves top-level links alone', () => {
		expect(compactSidebar([link('home', true)], 20)).toEqual([link('home', true)]);
	});
});
