import type { Heading, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { areaIds, isGuidance, isGuidancePath } from '#src/schemas/guidance.ts';
import { bodyTree } from '#src/content-source/markdown.ts';
import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';
import type { DocsFrontmatter } from '#src/schemas/docs.ts';

/** The parts of the guidance standard that a program can check. */
export const guidanceStandard = {
	minWords: 1000,
	minSources: 5,
	sections: {
		comparison: 'How container operating systems handle it',
		recommendations: 'Recommendations',
		checklist: 'Checklist',
		openQuestions: 'Open questions for the working group',
	},
} as const;

export function checkGuidancePage(content: ContentFile<DocsFrontmatter>): Problem[] {
	if (
		!isGuidancePath(content.pathInBase) ||
		!content.body ||
		!content.data ||
		!isGuidance(content.data)
	)
		return [];
	const { file, body, data } = content;
	const parsed = bodyTree(content);
	if (!parsed || 'error' in parsed) return []; // a syntax error is reported by the MDX safety rule
	const atBody = { file, line: body.line, column: 1 };
	const problems: Problem[] = [];

	// A draft is unfinished by definition: it must have the standard's structure from the start (so `npm run new`
	// gives a page that passes), but length and the number of sources count from `review` on.
	const isDraft = data.status === 'draft';
	const words = countWords(parsed.tree);
	if (!isDraft && words < guidanceStandard.minWords) {
		problems.push({
			...atBody,
			field: '(body)',
			expected: `at least ${guidanceStandard.minWords} words of guidance`,
			found: `${words} words`,
			hint: 'A guidance page must give a platform engineer enough to decide: mechanisms, trade-offs and a comparison of at least four OSs.',
		});
	}

	const sections = sectionsOf(parsed.tree);
	for (const title of Object.values(guidanceStandard.sections)) {
		if (!sections.has(title)) {
			problems.push({
				...atBody,
				field: '(body)',
				expected: `a section "## ${title}"`,
				found: 'no such section',
				hint: `Guidance pages have the sections: ${Object.values(guidanceStandard.sections).join('; ')}.`,
			});
		}
	}
	const recommendations = sections.get(guidanceStandard.sections.recommendations);
	if (
		recommendations &&
		!recommendations.some((node) => node.type === 'list' && (node as List).ordered)
	) {
		problems.push({
			...atBody,
			line: body.line - 1 + recommendations.line,
			field: '(body)',
			expected: 'a numbered list under "## Recommendations"',
			found: 'no numbered list',
			hint: 'Write each recommendation as an item of a numbered list (1. ...).',
		});
	}
	const checklist = sections.get(guidanceStandard.sections.checklist);
	if (
		checklist &&
		!checklist.some(
			(node) =>
				node.type === 'list' &&
				(node as List).children.some((item) => typeof item.checked === 'boolean')
		)
	) {
		problems.push({
			...atBody,
			line: body.line - 1 + checklist.line,
			field: '(body)',
			expected: 'a task list (- [ ] ...) under "## Checklist"',
			found: 'no task list',
		});
	}

	const distinct = new Set(data.sources.map((source) => source.url));
	if (!isDraft && distinct.size < guidanceStandard.minSources) {
		problems.push({
			file,
			...content.source.locate(['sources']),
			field: 'sources',
			expected: `at least ${guidanceStandard.minSources} distinct primary sources`,
			found: `${distinct.size}`,
		});
	}
	const cited = linksOf(parsed.tree);
	data.sources.forEach((source, index) => {
		if (!cited.has(source.url)) {
			problems.push({
				file,
				...content.source.locate(['sources', index, 'url']),
				field: `sources.${index}.url`,
				expected: 'a source that the page cites inline',
				found: `${source.url} is listed but not linked in the text`,
				hint: 'Link the claim this source supports, or remove it from sources.',
			});
		}
	});
	return problems;
}

/** Every focus area has exactly one guidance page, at guidance/<area>.mdx, so its URL is predictable. */
export function checkGuidanceCoverage(files: readonly ContentFile<DocsFrontmatter>[]): Problem[] {
	const guidance = files.flatMap((content) =>
		isGuidancePath(content.pathInBase) && content.data && isGuidance(content.data)
			? [{ ...content, data: content.data }]
			: []
	);
	const problems: Problem[] = [];
	for (const content of guidance) {
		const { area } = content.data;
		const expectedPath = `guidance/${area}.mdx`;
		if (content.pathInBase !== expectedPath && content.pathInBase !== `guidance/${area}.md`) {
			problems.push({
				file: content.file,
				...content.source.locate(['area']),
				field: 'area',
				expected: `the page for area "${area}" at src/content/docs/${expectedPath}`,
				found: `a page at src/content/docs/${content.pathInBase}`,
				hint: 'Rename the file after its area, or change the area.',
			});
		}
	}
	const covered = new Set(guidance.map((content) => content.data.area));
	const missing = areaIds.filter((area) => !covered.has(area));
	const [first] = guidance;
	if (first && missing.length > 0) {
		problems.push({
			file: first.file.replace(/[^/]+$/, ''),
			line: 1,
			column: 1,
			field: '(collection)',
			expected: 'a guidance page for every focus area',
			found: `no page for ${missing.join(', ')}`,
			hint: 'Add src/content/docs/guidance/<area>.mdx for each missing area.',
		});
	}
	return problems;
}

function countWords(tree: Root): number {
	let words = 0;
	visit(tree, 'text', (node) => {
		words += node.value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	});
	return words;
}

/** Level-2 sections by title, with the nodes up to the next level-2 heading and the heading's line. */
function sectionsOf(tree: Root): Map<string, Root['children'] & { line: number }> {
	const sections = new Map<string, Root['children'] & { line: number }>();
	let current: (Root['children'] & { line: number }) | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading' && (node as Heading).depth === 2) {
			current = Object.assign([], { line: node.position?.start.line ?? 1 });
			sections.set(toString(node).trim(), current);
		} else {
			current?.push(node);
		}
	}
	return sections;
}

function linksOf(tree: Root): Set<string> {
	const urls = new Set<string>();
	visit(tree, 'link', (node) => {
		urls.add(node.url);
	});
	return urls;
}
