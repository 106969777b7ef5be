import { findingsMarker, markdownTable, type ReportFormat } from '#src/review/report-tables.ts';
import type { MissingEvidence, SourceCheck } from './source-check.ts';

const advice =
	'Open each page: if the fact changed, correct the value, its evidence and verified; if only the words moved or changed, copy the words that now state the fact and set verified to the day you read them. Some sites build their text with scripts or refuse automated requests: read the page in a browser before you change anything.';

/** The source check as a maintainer reads it: every fact whose quote is missing, where it is, and why. */
export function sourceReport(check: SourceCheck, format: ReportFormat): string {
	const { missing } = check;
	const summary =
		missing.length === 0
			? `All ${check.facts} evidence quotes were found at their sources (${check.pages} pages read).`
			: `${missing.length} of ${check.facts} evidence quotes were not found at their sources (${check.pages} pages read).`;
	if (format === 'text') {
		if (missing.length === 0) return summary;
		return [...missing.map(textLine), '', summary, advice].join('\n');
	}
	const parts = [
		findingsMarker(missing.length),
		'## Evidence no longer found at its source',
		'',
		summary,
	];
	if (missing.length > 0)
		parts.push(
			'',
			advice,
			'',
			markdownTable(
				['fact', 'source', 'result', 'evidence'],
				missing.map((fact) => [
					`\`${location(fact)}\` \`${fact.field}\``,
					fact.url,
					fact.reason,
					`“${fact.evidence}”`,
				])
			)
		);
	return parts.join('\n');
}

function location(fact: MissingEvidence): string {
	return `${fact.file}:${fact.line}:${fact.column}`;
}

function textLine(fact: MissingEvidence): string {
	return `${location(fact)}  ${fact.field}  ${fact.url}  ${fact.reason}\n    evidence: "${fact.evidence}"`;
}
