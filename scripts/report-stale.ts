/**
 * `npm run report:stale`: lists every page past its review interval (file, status, lastReviewed, days overdue),
 * most overdue first. It informs and never fails: exit code 0 with or without stale pages.
 * `--root DIR` reads another tree; REVIEW_TODAY=YYYY-MM-DD measures against another day.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reviewDates } from '#src/review/review-dates.ts';
import { reviewIntervalDays, staleness } from '#src/review/staleness.ts';
import { reviewToday } from '#src/review/today.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const today = reviewToday();
const stale = reviewDates(resolve(values.root))
	.flatMap((page) => {
		const overdue = staleness(page.status, page.lastReviewed, today);
		return overdue ? [{ ...page, ...overdue }] : [];
	})
	.sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));

const intervals = Object.entries(reviewIntervalDays)
	.map(([status, days]) => `${status} ${days === undefined ? 'never' : `${days} days`}`)
	.join(', ');
console.log(`Review intervals: ${intervals}. Today: ${today}.`);
if (stale.length === 0) {
	console.log('No page is past its review interval.');
} else {
	const header = ['file', 'status', 'lastReviewed', 'days overdue'];
	const rows = stale.map((page) => [
		page.file,
		page.status,
		page.lastReviewed,
		String(page.daysOverdue),
	]);
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	for (const row of [header, ...rows])
		console.log(
			row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join('  ')
				.trimEnd()
		);
	console.log(
		`\n${stale.length} ${stale.length === 1 ? 'page is' : 'pages are'} past the review interval. Review each against its sources, then update lastReviewed.`
	);
}
