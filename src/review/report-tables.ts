/**
 * The two forms the maintainer reports take: aligned columns for a terminal, and a Markdown table for the weekly
 * issue. One row per finding in both, so the issue and a local run list the same things.
 */
export type ReportFormat = 'text' | 'markdown';
export const reportFormats: readonly ReportFormat[] = ['text', 'markdown'];

export function textTable(header: readonly string[], rows: readonly string[][]): string {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	return [header, ...rows]
		.map((row) =>
			row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
	const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A cell stays one cell: a pipe would start another, a line break would end the row. */
function markdownCell(text: string): string {
	return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

/**
 * The first line of a Markdown report: how many findings it holds, for the weekly workflow to decide whether
 * the issue stays open. An HTML comment, so the issue does not show it.
 */
export function findingsMarker(count: number): string {
	return `<!-- findings: ${count} -->`;
}
