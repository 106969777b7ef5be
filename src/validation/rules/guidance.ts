import type { List } from 'mdast';
import { areaIds, isGuidance, isGuidancePath } from '#src/schemas/guidance.ts';
import { bodyTree } from '#src/content-source/markdown.ts';
import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';
import type { DocsFrontmatter } from '#src/schemas/docs.ts';
import { checkStandard, sectionsOf, type PageStandard } from './page-structure.ts';

/** The parts of the guidance standard that a program can check. */
export const guidanceStandard = {
	kind: 'guidance',
	minWords: 1000,
	minSources: 5,
	sections: {
		comparison: 'How container operating systems handle it',
		recommendations: 'Recommendations',
		checklist: 'Checklist',
		openQuestions: 'Open questions for the working group',
	},
	lengthHint:
		'A guidance page must give a platform engineer enough to decide: mechanisms, trade-offs and a comparison of at least four OSs.',
} as const satisfies PageStandard;

export function checkGuidancePage(content: ContentFile<DocsFrontmatter>): Problem[] {
	const { body, data } = content;
	if (!isGuidancePath(content.pathInBase) || !body || !data || !isGuidance(data)) return [];
	const parsed = bodyTree(content);
	if (!parsed || 'error' in parsed) return []; // a syntax error is reported by the MDX safety rule
	const problems = checkStandard({ ...content, body }, parsed.tree, data, guidanceStandard);

	const sections = sectionsOf(parsed.tree);
	const atSection = (section: { line: number }) => ({
		file: content.file,
		line: body.line - 1 + section.line,
		column: 1,
		field: '(body)',
	});
	const recommendations = sections.get(guidanceStandard.sections.recommendations);
	if (
		recommendations &&
		!recommendations.some((node) => node.type === 'list' && (node as List).ordered)
	) {
		problems.push({
			...atSection(recommendations),
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
			...atSection(checklist),
			expected: 'a task list (- [ ] ...) under "## Checklist"',
			found: 'no task list',
		});
	}
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
