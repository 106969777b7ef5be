import { describe, expect, it } from 'vitest';
import { areaIds } from '#src/schemas/guidance.ts';
import { contentCollections } from '#src/collections.ts';
import { guidanceStandard } from '#src/validation/rules/guidance.ts';
import { validateContent } from '#src/validation/validate.ts';

const docsOnly = contentCollections.filter((collection) => collection.name === 'docs');

describe('the guidance standard', () => {
	it('reports each missing part of a short guidance page', () => {
		const problems = validateContent({
			root: 'tests/fixtures/check/guidance-standard',
			collections: docsOnly,
		});
		const expected = problems.map(
			(problem) => `${problem.line} ${problem.field} ${problem.expected}`
		);
		expect(expected).toEqual(
			expect.arrayContaining([
				`15 (body) at least ${guidanceStandard.minWords} words of guidance`,
				'15 (body) a section "## How container operating systems handle it"',
				'15 (body) a section "## Open questions for the working group"',
				'18 (body) a numbered list under "## Recommendations"',
				'22 (body) a task list (- [ ] ...) under "## Checklist"',
				`10 sources at least ${guidanceStandard.minSources} distinct primary sources`,
				'13 sources.1.url a source that the page cites inline',
				'1 (collection) a guidance page for every focus area',
			])
		);
		expect(problems).toHaveLength(8);
	});

	it('is met by every guidance page of the site, one per focus area', async () => {
		const { globSync } = await import('node:fs');
		const pages = globSync('guidance/*.mdx', { cwd: 'src/content/docs' }).map((path) =>
			path.replace(/^guidance\/|\.mdx$/g, '')
		);
		expect(pages.sort()).toEqual([...areaIds].sort());
		expect(validateContent({ root: '.', collections: docsOnly })).toEqual([]);
	});
});
