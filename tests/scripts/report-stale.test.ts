import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { reviewDates } from '#src/review/review-dates.ts';
import { staleness } from '#src/review/staleness.ts';

const root = 'tests/fixtures/check/valid';

function report(today: string) {
	const result = spawnSync(process.execPath, ['scripts/report-stale.ts', '--root', root], {
		encoding: 'utf8',
		env: { ...process.env, REVIEW_TODAY: today },
	});
	return { status: result.status, output: result.stdout };
}

/** The sources fixture: one quote read on 2026-04-01, one maintained stream whose lines ended by mid-2026. */
function reportSources(...options: string[]) {
	const result = spawnSync(
		process.execPath,
		['scripts/report-stale.ts', '--root', 'tests/fixtures/sources/site', ...options],
		{ encoding: 'utf8' }
	);
	return { status: result.status, output: result.stdout, errors: result.stderr };
}

describe('npm run report:stale', () => {
	const pages = reviewDates(root);

	it('lists each page past its interval with status, date and days overdue, and exits 0', () => {
		const today = '2030-01-01';
		const { status, output } = report(today);
		const stale = pages.flatMap((page) => {
			const overdue = staleness(page.status, page.lastReviewed, today);
			return overdue ? [{ ...page, ...overdue }] : [];
		});
		expect(stale.length).toBeGreaterThan(0);
		for (const page of stale)
			expect(output).toMatch(
				new RegExp(
					`^${page.file}\\s+${page.status}\\s+${page.lastReviewed}\\s+${page.daysOverdue}$`,
					'm'
				)
			);
		expect(output).toContain(
			`${stale.length} ${stale.length === 1 ? 'page is' : 'pages are'} past the review interval`
		);
		expect(status).toBe(0);
	});

	it('says so when no page is stale, and exits 0', () => {
		const newest =
			pages
				.map((page) => page.lastReviewed)
				.sort()
				.at(-1) ?? '';
		const { status, output } = report(newest);
		expect(output).toContain('No page is past its review interval.');
		expect(status).toBe(0);
	});
});

describe('npm run report:stale: facts and lifecycles', () => {
	it('lists evidence read more than 180 days ago at its quote, with the days overdue', () => {
		const { status, output } = reportSources('--today', '2026-12-04');
		expect(output).toContain('Today: 2026-12-04.');
		expect(output).toMatch(
			/^content\/landscape\/example-os\.yaml:33:15\s+sources\.kubernetesVersions\s+2026-04-01\s+67\s+https:\/\/example\.org\/docs\/updates\/$/m
		);
		expect(output).toContain('1 evidence quote was last read more than 180 days ago.');
		expect(status).toBe(0);
	});

	it('lists a maintained product with no line supported today, and not one whose project ended', () => {
		const { output } = reportSources('--today', '2026-12-04');
		expect(output).toMatch(
			/^content\/lifecycles\/example-stream\.yaml:8:3\s+Example stream\s+2\s+1\.1: standard support ended 2026-06-30; the end of any further support is unknown$/m
		);
		expect(output).not.toContain('old-os');
		expect(output).toContain('1 product has no line in support on 2026-12-04');
	});

	it('says so when nothing has aged', () => {
		const { status, output } = reportSources('--today', '2026-03-01');
		expect(output).toContain('No evidence quote was last read more than 180 days ago.');
		expect(output).toContain(
			'Every maintained lifecycle product has a line in support on 2026-03-01.'
		);
		expect(status).toBe(0);
	});

	it('writes Markdown for the weekly issue, headed by the count of findings', () => {
		const { output } = reportSources('--today', '2026-12-04', '--format', 'markdown');
		expect(output.split('\n')[0]).toBe('<!-- findings: 2 -->');
		expect(output).toContain('### Evidence read more than 180 days ago');
		expect(output).toContain(
			'| `content/lifecycles/example-stream.yaml:8:3` | Example stream | 2 | 1.1: standard support ended 2026-06-30; the end of any further support is unknown |'
		);
	});

	it('refuses a --today that is not a real date, and says which option', () => {
		const { status, errors } = reportSources('--today', '2026-02-30');
		expect(errors).toContain('--today must be a date written as YYYY-MM-DD, not "2026-02-30"');
		expect(status).toBe(2);
	});
});
