import { globSync } from 'node:fs';
import { routeTable } from '#src/validation/route-table.ts';
import { builtFiles } from '#src/validation/generated-routes.ts';
import { checkedSite } from '#src/validation/validate.ts';
import { expect, test } from './fixtures.ts';

/**
 * The checker resolves links against a route table it computes from the sources, without a build. These tests
 * hold that table to what the build actually wrote: a page added under src/pages/ (or a dynamic route whose
 * paths change) that the table does not know fails here, instead of making links to it fail, or pass, wrongly.
 */
const site = checkedSite('.');
const table = routeTable(site);

/** The address of each HTML file in dist/: folders with an index.html, and Starlight's 404.html as /404/. */
const builtPages = globSync('**/*.html', { cwd: 'dist' }).map((file) => {
	const path = `/${file.split('\\').join('/')}`;
	if (path === '/404.html') return '/404/';
	return path.replace(/index\.html$/, '');
});

test('the build wrote pages, and the route table has them', () => {
	expect(builtPages.length).toBeGreaterThan(100);
	const unknown = builtPages.filter((path) => !table.find(path));
	expect(unknown, "pages in dist/ that the checker's route table does not know").toEqual([]);
});

test('every page the route table knows was built', () => {
	const built = new Set(builtPages.map((path) => path.toLowerCase()));
	const pages = [...table.byPath.values()]
		.flat()
		.map((route) => route.path)
		.filter((path) => path.endsWith('/') && !builtFiles.includes(path));
	const missing = pages.filter((path) => !built.has(path.toLowerCase()));
	expect(missing, 'routes the checker expects that the build did not write').toEqual([]);
});
