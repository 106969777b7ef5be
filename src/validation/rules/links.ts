import { bodyTree, lineInFile } from '#src/content-source/markdown.ts';
import { isExternal, linkTargets } from '#src/content-source/link-targets.ts';
import type { Problem } from '#src/content-source/model.ts';
import { routeOf } from '#src/validation/content-routes.ts';
import { routeTable, type RouteTable } from '#src/validation/route-table.ts';
import type { ContentFile, SiteContent } from '#src/content-source/model.ts';
import { filesOf } from '#src/validation/site-files.ts';
import { closest } from '#src/validation/did-you-mean.ts';

/** A base that only serves to resolve relative links; it never appears in output. */
const resolver = 'https://site.invalid';

/**
 * Every link from one page to another page of the site, and every #anchor, must land: relative and
 * root-relative links are resolved against the page's own address and looked up in the route table built from
 * the content; anchors are looked up among the target page's heading ids.
 */
export function checkInternalLinks(site: SiteContent): Problem[] {
	const table = routeTable(site);
	return (['docs', 'whitepapers', 'updates'] as const).flatMap((collection) =>
		filesOf(site, collection).flatMap((content) => checkPage(content, table))
	);
}

function checkPage(content: ContentFile, table: RouteTable): Problem[] {
	const parsed = bodyTree(content);
	const from = routeOf(content);
	if (!parsed || 'error' in parsed || !content.body || !from) return [];
	const body = content.body;
	return linkTargets(parsed.tree).flatMap((target) => {
		if (target.kind !== 'link' || isExternal(target.url) || target.url === '') return [];
		const at = {
			file: content.file,
			line: lineInFile(body, target.line),
			column: target.column,
			field: '(link)',
		};
		const url = new URL(target.url, `${resolver}${from}`);
		const path = decodeURI(url.pathname);
		const route = table.find(path);
		if (!route) return [missingPage(at, target.url, path, table)];
		if (route.path !== path) {
			return [
				{
					...at,
					expected: `a link to ${route.path} written in the same case`,
					found: target.url,
					hint: 'Web servers tell capitals apart: write the address in lowercase as shown.',
				},
			];
		}
		const anchor = decodeURIComponent(url.hash.slice(1));
		if (anchor && route.anchors && !route.anchors.has(anchor)) {
			const suggestion = closest(anchor, [...route.anchors]);
			return [
				{
					...at,
					expected: `an anchor that exists on ${route.path} (a heading's id)`,
					found: `#${anchor} in ${target.url}`,
					hint: suggestion
						? `Did you mean #${suggestion}? Heading ids are the heading text in lowercase with dashes.`
						: `Link to a heading of ${route.source}; its id is the heading text in lowercase with dashes.`,
				},
			];
		}
		return [];
	});
}

function missingPage(
	at: Omit<Problem, 'expected' | 'found'>,
	written: string,
	path: string,
	table: RouteTable
): Problem {
	const withSlash = path.endsWith('/') ? undefined : table.find(`${path}/`);
	const suggestion = closest(path, [...table.byPath.keys()]);
	const hint = withSlash
		? `Add the trailing slash: the page is ${withSlash.path}.`
		: suggestion
			? `Did you mean ${suggestion}? Relative links start from the page's own address: from /guidance/lts/, ../upgrades/ is /guidance/upgrades/.`
			: "Link to an existing page. Relative links start from the page's own address: from /guidance/lts/, ../upgrades/ is /guidance/upgrades/.";
	return {
		...at,
		expected: 'a link to a page of this site',
		found: `${written} (resolves to ${path}, which no page has)`,
		hint,
	};
}
