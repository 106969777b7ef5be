import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runCheck(root: string) {
	const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], {
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run check', () => {
	it('reports every broken file in one run, each with file:line:column and field, and exits non-zero', () => {
		const { status, output } = runCheck('tests/fixtures/check/three-broken');
		const base = 'tests/fixtures/check/three-broken/src/content/docs/guidance';
		expect(status).toBe(1);
		expect(output).toContain(
			`${base}/bad-enum.mdx:8:7  area  expected one of "overview" | "lifecycle-configuration"`
		);
		expect(output).toMatch(/found "upgrade"/);
		expect(output).toContain(
			`${base}/impossible-date.mdx:5:15  lastReviewed  expected a real calendar date written as YYYY-MM-DD  found "2025-02-30"`
		);
		expect(output).toContain(
			`${base}/unknown-key.mdx:4:1  stauts  expected one of the known fields (`
		);
		expect(output).toContain('hint: Did you mean "status"?');
		expect(output).toContain('3 problems in 3 files.');
	});

	it('passes a valid tree of every content type and exits zero', () => {
		const { status, output } = runCheck('tests/fixtures/check/valid');
		expect(output).toContain('No problems found.');
		expect(status).toBe(0);
	});

	it('passes the site content itself', () => {
		const { status, output } = runCheck('.');
		expect(output).toContain('No problems found.');
		expect(status).toBe(0);
	});
});
