import type { Problem } from '#src/content-source/model.ts';
import { routeTable } from '#src/validation/route-table.ts';
import type { SiteContent } from '#src/content-source/model.ts';

/**
 * Two sources that would publish the same address (guidance/x.md beside guidance/x.mdx, a page beside a
 * folder's index.mdx, landscape ids that differ only in case): the build would keep one and silently drop the
 * other. Every source after the first is reported, naming the first.
 */
export function checkDuplicateRoutes(site: SiteContent): Problem[] {
	return [...routeTable(site).byPath.values()].flatMap(([first, ...others]) =>
		others.map((other) => ({
			file: other.source,
			line: 1,
			column: 1,
			field: '(file)',
			expected: 'a file whose address no other file has',
			found: `${other.path}, also the address of ${first?.source}`,
			hint: 'Rename or remove one of the two files; each address belongs to exactly one source.',
		}))
	);
}
