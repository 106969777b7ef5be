import { describe, expect, it } from 'vitest';
import { formatProblem } from '#src/validation/report.ts';
import { validateContent } from '#src/validation/validate.ts';

const problemsIn = (fixture: string) =>
	validateContent({
		root: `tests/fixtures/check/${fixture}`,
		displayFrom: `tests/fixtures/check/${fixture}`,
	}).map(({ hint: _hint, ...problem }) => formatProblem(problem));

describe('whitepaper versions and redirects', () => {
	it('accepts a living text with a frozen earlier version and redirects that chain to its pages', () => {
		expect(problemsIn('frozen-version')).toEqual([]);
	});

	it('requires a frozen copy per earlier version, named after its version, beside a living text with the same short name', () => {
		const problems = problemsIn('broken-versions');
		const versions = 'content/whitepapers/example/versions/0.1.0.mdx';
		expect(problems).toEqual(
			expect.arrayContaining([
				'content/whitepapers/example/index.mdx:22:14  history.1.version  expected a frozen copy of version 0.2.0 at content/whitepapers/example/versions/0.2.0.mdx  found no such file',
				`${versions}:7:10  version  expected version 0.1.0, as the file name says  found 0.1.1`,
				`${versions}:13:12  shortName  expected the paper's short name "example"  found "sample"`,
				'content/whitepapers/orphan/versions/0.1.0.mdx:1:1  (file)  expected the living text content/whitepapers/orphan/index.mdx beside this frozen copy  found no such file',
			])
		);
	});

	it('rejects relative links in a paper body, which would break at its versioned address', () => {
		expect(problemsIn('broken-versions')).toContain(
			'content/whitepapers/example/index.mdx:32:32  (body)  expected a link from the site root (/whitepapers/lts/, /landscape/talos/) or an absolute URL  found the relative link ../../landscape/example-os/'
		);
	});

	it('rejects a redirect to an address no paper has, and one that would hide a live page', () => {
		expect(problemsIn('broken-versions')).toEqual(
			expect.arrayContaining([
				'content/whitepapers/redirects.yaml:2:11  redirects.0.from  expected an address no paper uses any more  found /whitepapers/example/, a page that exists',
				'content/whitepapers/redirects.yaml:5:9  redirects.1.to  expected the address of a paper page, version or short link (or of another redirect)  found /wp/no-such-paper/, which no paper has',
			])
		);
		expect(problemsIn('broken-versions')).toHaveLength(8);
	});
});
