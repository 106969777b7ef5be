/**
 * `npm run report:stale`: what has aged, for the maintainers. Pages past their review interval (most overdue
 * first), evidence quotes last read more than 180 days ago, and maintained lifecycle products with no line
 * supported today. It informs and never fails: exit code 0 whatever it finds. The weekly workflow
 * (.github/workflows/sources.yml) puts its Markdown form in an issue.
 *
 * --root DIR          read another tree (default: this one)
 * --today YYYY-MM-DD  measure against another day (default: REVIEW_TODAY when set, else today)
 * --format markdown   a Markdown report for the weekly issue (default: text)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evidencedFacts } from '#src/links/evidenced-facts.ts';
import { staleEvidence } from '#src/review/evidence-age.ts';
import { reportFormats } from '#src/review/report-tables.ts';
import { reviewDates } from '#src/review/review-dates.ts';
import { staleReport } from '#src/review/stale-report.ts';
import { staleness } from '#src/review/staleness.ts';
import { supportGaps } from '#src/review/support-gaps.ts';
import { reviewToday } from '#src/review/today.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		today: { type: 'string' },
		format: { type: 'string', default: 'text' },
	},
});
const format = reportFormats.find((known) => known === values.format);
if (!format) {
	console.error(`--format must be one of ${reportFormats.join(', ')}, not "${values.format}"`);
	process.exit(2);
}
let today: string;
try {
	today = reviewToday(values.today === undefined ? process.env : { REVIEW_TODAY: values.today });
} catch (error) {
	console.error(error instanceof Error ? error.message.replace('REVIEW_TODAY', '--today') : error);
	process.exit(2);
}

const root = resolve(values.root);
const pages = reviewDates(root)
	.flatMap((page) => {
		const overdue = staleness(page.status, page.lastReviewed, today);
		return overdue ? [{ ...page, ...overdue }] : [];
	})
	.sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));
const evidence = staleEvidence(evidencedFacts(root), today);
const gaps = supportGaps(root, today);
console.log(staleReport({ today, pages, evidence, gaps }, format));
