import { describe, expect, it } from 'vitest';
import { pageCount, siteMapAnchors } from '#src/navigation/site-map-page.ts';
import { group, link } from './sidebar-fixtures.ts';

describe('siteMapAnchors', () => {
	it('gives every group, nested ones included, an id from its label, unique in sidebar order', () => {
		const inner = group('Setup', 2);
		const outer = { ...group('Guides', 1), entries: [inner] };
		const twin = group('Setup', 1);
		const anchors = siteMapAnchors([link('home'), outer, twin]);
		expect([...anchors.entries()]).toEqual([
			[outer, 'guides'],
			[inner, 'setup'],
			[twin, 'setup-1'],
		]);
	});

	it('gives the same ids for the same sidebar, so pages and the site map agree', () => {
		const sidebar = () => [group('Section 01', 3), group('Section 02', 3)];
		expect([...siteMapAnchors(sidebar()).values()]).toEqual([
			...siteMapAnchors(sidebar()).values(),
		]);
	});
});

describe('pageCount', () => {
	it('counts top-level links and the links of every group', () => {
		expect(
			pageCount([link('home'), group('a', 3), { ...group('b', 1), entries: [group('c', 4)] }])
		).toBe(8);
	});
});
