import { describe, expect, it } from 'vitest';
import { contentCollections } from '#src/collections.ts';
import { proposalStandard } from '#src/validation/rules/proposal.ts';
import { validateContent } from '#src/validation/validate.ts';

const docsOnly = contentCollections.filter((collection) => collection.name === 'docs');

describe('the proposal standard', () => {
	const problems = validateContent({
		root: 'tests/fixtures/check/proposal-standard',
		collections: docsOnly,
	}).filter((problem) => problem.file.includes('/proposals/'));
	const found = problems.map((problem) => `${problem.line} ${problem.field} ${problem.expected}`);

	it('reports a short proposal, each missing section and an uncited source', () => {
		expect(found).toEqual(
			expect.arrayContaining([
				`17 (body) at least ${proposalStandard.minWords} words of proposal`,
				'17 (body) a section "## Goals"',
				'17 (body) a section "## Open questions"',
				`12 sources at least ${proposalStandard.minSources} distinct primary sources`,
				'15 sources.1.url a source that the page cites inline',
			])
		);
		const present = ['Summary', 'Motivation'];
		const missing = Object.values(proposalStandard.sections).filter((s) => !present.includes(s));
		expect(found.filter((line) => line.includes('a section'))).toHaveLength(missing.length);
	});

	it('asks each related guidance page to link the proposal, and names the one that does not', () => {
		const backlinks = problems.filter((problem) => problem.field.startsWith('related'));
		expect(backlinks.map((problem) => [problem.line, problem.field, problem.found])).toEqual([
			[10, 'related.1', 'no such link in src/content/docs/guidance/security.mdx'],
		]);
	});
});
