import { describe, expect, it } from 'vitest';
import { whitepaperSchema } from '../../../src/schemas/whitepaper.ts';
import { collections } from '../../../src/validation/collections.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { problemsOf, replaceLine, validFixture } from './helpers.ts';

const paper = validFixture('content/whitepapers/example/index.mdx');
const check = (text: string) => problemsOf(whitepaperSchema, text, { frontmatter: true });

describe('whitepaper schema', () => {
	it('accepts a complete paper and defaults its license to CC-BY-4.0', () => {
		expect(check(paper)).toEqual([]);
	});

	it('rejects a paper without a version', () => {
		expect(check(replaceLine(paper, 'version: 0.1.0\n', ''))).toEqual(['2 version a string (the field is required) | nothing']);
	});

	it('rejects a version that is not semver, and a status it does not know', () => {
		const text = replaceLine(replaceLine(paper, 'version: 0.1.0', 'version: v1'), 'status: draft', 'status: final');
		expect(check(text)).toEqual([
			'6 status one of "draft" | "community-review" | "published" | "superseded" | "final"',
			'7 version a version such as 1.0.0 (quote it in YAML) | "v1"',
		]);
	});

	it('rejects a duplicate shortName across papers, naming the paper that has it first', () => {
		const whitepapers = collections.filter((collection) => collection.name === 'whitepapers');
		const problems = validateContent({ root: 'tests/fixtures/check/duplicate-shortname', collections: whitepapers });
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/whitepapers/second/index.mdx',
				line: 13,
				field: 'shortName',
				found: '"example", already used by content/whitepapers/first/index.mdx',
			}),
		]);
	});
});
