import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../../scripts/validators/nu-checker.ts';

function checkHtml(dir: string) {
	const result = spawnSync(process.execPath, ['scripts/check-html.ts', '--dir', dir], {
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check:html', () => {
	it("fails on the site's own invalid markup, naming file, line, column and the error", () => {
		const { status, output } = checkHtml('tests/fixtures/check-html/own-error');
		expect(status).toBe(1);
		expect(output).toMatch(
			/tests\/fixtures\/check-html\/own-error\/index\.html:5:\d+ {2}The “aria-label” attribute must not be specified on any “pre” element/
		);
		expect(output).toContain('1 HTML error(s) in 1 file(s) that KNOWN-ISSUES.md does not list');
	});

	it('passes markup whose only errors are the upstream ones KNOWN-ISSUES.md lists', () => {
		const { status, output } = checkHtml('tests/fixtures/check-html/upstream');
		expect(output).toMatch(/HTML check: 1 files, [1-9]\d* errors, all from upstream components/);
		expect(status).toBe(0);
	});
});

describe('htmlErrors', () => {
	it("reads vnu's JSON report: errors with their file relative to the project, warnings left out", () => {
		const report = JSON.stringify({
			messages: [
				{
					type: 'error',
					url: 'file:/site/dist/search/index.html',
					lastLine: 3,
					firstColumn: 7,
					lastColumn: 20,
					message: 'Stray start tag “script”.',
					extract: '</html><script',
				},
				{ type: 'info', subType: 'warning', url: 'file:/site/dist/a.html', message: 'x' },
			],
		});
		expect(htmlErrors(report, '/site')).toEqual([
			{
				file: 'dist/search/index.html',
				line: 3,
				column: 7,
				message: 'Stray start tag “script”.',
				extract: '</html><script',
			},
		]);
	});
});
