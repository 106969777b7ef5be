import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { bodyTree, lineInFile } from '#src/content-source/markdown.ts';
import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';

/**
 * The page title (frontmatter) is the page's only h1; the body starts at ## and goes down one level at a time,
 * so screen-reader users can navigate by heading and the table of contents nests correctly.
 */
export function checkHeadings(content: ContentFile): Problem[] {
	const parsed = bodyTree(content);
	if (!parsed || 'error' in parsed || !content.body) return [];
	const body = content.body;
	const problems: Problem[] = [];
	let previous = 1;
	visit(parsed.tree, 'heading', (heading: Heading) => {
		const at = {
			file: content.file,
			line: lineInFile(body, heading.position?.start.line),
			column: heading.position?.start.column ?? 1,
			field: '(heading)',
		};
		if (heading.depth === 1) {
			problems.push({
				...at,
				expected: 'one h1 per page: the title from frontmatter',
				found: 'a # heading in the body',
				hint: "Start the body's headings at ##; the title field is the page's heading.",
			});
		} else if (heading.depth > previous + 1) {
			problems.push({
				...at,
				expected: `a heading of level ${previous + 1} or higher`,
				found: `${'#'.repeat(heading.depth)} after ${'#'.repeat(previous)}`,
				hint: `Do not skip levels: use ${'#'.repeat(previous + 1)} here, or add the missing level above.`,
			});
		}
		previous = heading.depth;
	});
	return problems;
}
