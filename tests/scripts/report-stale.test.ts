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
