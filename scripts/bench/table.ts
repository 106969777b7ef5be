export type Alignment = 'left' | 'right';

/**
 * A Markdown table whose columns are padded to line up, so it reads in a terminal and pastes into an issue
 * or pull request as it is. Numbers read best right-aligned; `align` gives each column's side (default left).
 */
export function formatTable(
	headers: readonly string[],
	rows: readonly (readonly string[])[],
	align: readonly Alignment[] = []
): string {
	const widths = headers.map((header, column) =>
		Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	const line = (cells: readonly string[]) =>
		`| ${widths.map((width, column) => pad(cells[column] ?? '', width, align[column] ?? 'left')).join(' | ')} |`;
	const rule = `|${widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
	return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Decimal units (1 kB = 1000 bytes), as browsers' network panels count. */
export function formatBytes(bytes: number | undefined): string {
	if (bytes === undefined) return 'n/a';
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function formatSeconds(seconds: number | undefined): string {
	return seconds === undefined ? 'n/a' : `${seconds.toFixed(1)} s`;
}

export function formatRatio(value: number | undefined): string {
	return value === undefined ? 'n/a' : value.toFixed(2);
}

function pad(text: string, width: number, side: Alignment): string {
	return side === 'right' ? text.padStart(width) : text.padEnd(width);
}
