import { describe, expect, it } from 'vitest';
import { whitepaperSchema } from '#src/schemas/whitepaper.ts';
import { whitepaperRedirectsSchema } from '#src/schemas/whitepaper-redirects.ts';
import { contentCollections } from '#src/collections.ts';
import { validateContent } from '#src/validation/validate.ts';
import { problemsOf, replaceLine, validFixture } from './helpers.ts';

const paper = validFixture('content/whitepapers/example/index.mdx');
const check = (text: string) => problemsOf(whitepaperSchema, text, { frontmatter: true });

describe('whitepaper schema', () => {
	it('accepts a complete paper and defaults its license to CC-BY-4.0', () => {
		expect(check(paper)).toEqual([]);
	});

	it('rejects a paper without a version', () => {
		expect(check(replaceLine(paper, 'version: 0.1.0\n', ''))).toEqual([
			'2 version a string (the field is required) | nothing',
		]);
	});

	it('rejects a version that is not semver, and a status it does not know', () => {
		const text = replaceLine(
			replaceLine(paper, 'version: 0.1.0', 'version: v1'),
			'status: draft',
			'status: final'
		);
		expect(check(text)).toEqual([
			'6 status one of "draft" | "community-review" | "published" | "superseded" | "final"',
			'7 version a version such as 1.0.0 (quote it in YAML) | "v1"',
		]);
	});

	it('rejects a duplicate shortName across papers, naming the paper that has it first', () => {
		const whitepapers = contentCollections.filter(
			(collection) => collection.name === 'whitepapers'
		);
		const problems = validateContent({
			root: 'tests/fixtures/check/duplicate-shortname',
			collections: whitepapers,
		});
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

describe('whitepaper redirects schema', () => {
	const checkRedirects = (text: string) => problemsOf(whitepaperRedirectsSchema, text);

	it('accepts renamed addresses that chain to a page', () => {
		expect(checkRedirects(validFixture('content/whitepapers/redirects.yaml'))).toEqual([]);
		expect(
			checkRedirects(
				'redirects:\n  - from: /whitepapers/a/\n    to: /whitepapers/b/\n  - from: /whitepapers/b/\n    to: /whitepapers/c/\n'
			)
		).toEqual([]);
	});

	it('rejects a redirect loop, at every redirect on it, showing the loop', () => {
		const text = 'redirects:\n  - from: /wp/a/\n    to: /wp/b/\n  - from: /wp/b/\n    to: /wp/a/\n';
		expect(checkRedirects(text)).toEqual([
			'3 redirects.0.to redirects that end at a page, not a loop (/wp/a/ → /wp/b/ → /wp/a/) | "/wp/b/"',
			'5 redirects.1.to redirects that end at a page, not a loop (/wp/b/ → /wp/a/ → /wp/b/) | "/wp/a/"',
		]);
		expect(checkRedirects('redirects:\n  - from: /wp/a/\n    to: /wp/a/\n')).toEqual([
			'3 redirects.0.to redirects that end at a page, not a loop (/wp/a/ → /wp/a/) | "/wp/a/"',
		]);
	});

	it('rejects a from address used twice, and an address that is not a whitepaper path', () => {
		const text =
			'redirects:\n  - from: /wp/a/\n    to: /wp/b/\n  - from: /wp/a/\n    to: /wp/c/\n  - from: /guidance/lts\n    to: /wp/b/\n';
		expect(checkRedirects(text)).toEqual([
			'6 redirects.2.from a whitepaper address such as /whitepapers/old-name/ or /wp/old-name/1.0.0/ (with the slashes) | "/guidance/lts"',
			'4 redirects.1.from a from address no earlier redirect uses | "/wp/a/"',
		]);
	});
});
