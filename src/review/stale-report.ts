import type { EvidencedFact } from '#src/links/evidenced-facts.ts';
import { evidenceReviewDays, type StaleEvidence } from './evidence-age.ts';
import type { ReviewDate } from './review-dates.ts';
import { findingsMarker, markdownTable, textTable, type ReportFormat } from './report-tables.ts';
import { reviewIntervalDays, type Staleness } from './staleness.ts';
import type { SupportGap } from './support-gaps.ts';

/** What has aged on `today`: pages, evidence quotes, and lifecycle products left without a supported line. */
export interface StaleFindings {
	today: string;
	pages: (ReviewDate & Staleness)[];
	evidence: StaleEvidence[];
	gaps: SupportGap[];
}

interface Section {
	title: string;
	header: string[];
	rows: string[][];
	/** Said when the section has findings, after the table. */
	found: string;
	/** Said when it has none. */
	none: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function sections({ today, pages, evidence, gaps }: StaleFindings): Section[] {
	return [
		{
			title: 'Pages past their review interval',
			header: ['file', 'status', 'lastReviewed', 'days overdue'],
			rows: pages.map((page) => [
				page.file,
				page.status,
				page.lastReviewed,
				String(page.daysOverdue),
			]),
			found: `${plural(pages.length, 'page is', 'pages are')} past the review interval. Review each against its sources, then update lastReviewed.`,
			none: 'No page is past its review interval.',
		},
		{
			title: `Evidence read more than ${evidenceReviewDays} days ago`,
			header: ['fact', 'field', 'verified', 'days overdue', 'source'],
			rows: evidence.map((fact) => [
				location(fact),
				fact.field,
				fact.verified,
				String(fact.daysOverdue),
				fact.url,
			]),
			found: `${plural(evidence.length, 'evidence quote was', 'evidence quotes were')} last read more than ${evidenceReviewDays} days ago. Open each source, check that the fact still stands and the quote still states it, then update evidence and verified.`,
			none: `No evidence quote was last read more than ${evidenceReviewDays} days ago.`,
		},
		{
			title: `Maintained lifecycle products with no line supported on ${today}`,
			header: ['file', 'product', 'lines', 'last listed line'],
			rows: gaps.map((gap) => [location(gap), gap.name, String(gap.lineCount), gap.lastLine]),
			found: `${plural(gaps.length, 'product has', 'products have')} no line in support on ${today}: every line ended, is not yet released, or has an end the data calls unknown. Add the new line or the end date its sources now give; if the project publishes none, say so in the line's notes.`,
			none: `Every maintained lifecycle product has a line in support on ${today}.`,
		},
	];
}

function location(at: Pick<EvidencedFact, 'file' | 'line' | 'column'>): string {
	return `${at.file}:${at.line}:${at.column}`;
}

/** The report of `npm run report:stale`, for a terminal or for the weekly issue. */
export function staleReport(findings: StaleFindings, format: ReportFormat): string {
	const all = sections(findings);
	const intervals = Object.entries(reviewIntervalDays)
		.map(([status, days]) => `${status} ${days === undefined ? 'never' : `${days} days`}`)
		.join(', ');
	const intro = `Review intervals: ${intervals}; evidence quotes ${evidenceReviewDays} days. Today: ${findings.today}.`;
	if (format === 'text')
		return [
			intro,
			...all.map((section) =>
				section.rows.length === 0
					? `\n${section.none}`
					: `\n${section.title}:\n${textTable(section.header, section.rows)}\n\n${section.found}`
			),
		].join('\n');
	const count = all.reduce((sum, section) => sum + section.rows.length, 0);
	return [
		findingsMarker(count),
		'## What has aged',
		'',
		intro,
		...all.map((section) =>
			[
				`\n### ${section.title}\n`,
				section.rows.length === 0
					? section.none
					: `${section.found}\n\n${markdownTable(section.header, section.rows.map(codeFirst))}`,
			].join('\n')
		),
	].join('\n');
}

/** The file position reads as code in the issue, so GitHub does not turn parts of it into links. */
function codeFirst([first = '', ...rest]: string[]): string[] {
	return [`\`${first}\``, ...rest];
}
