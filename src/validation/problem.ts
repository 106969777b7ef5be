/** One thing wrong with a contributor's file, located precisely enough to jump to it in an editor. */
export interface Problem {
	/** Path relative to the repository root, with forward slashes. */
	file: string;
	line: number;
	column: number;
	/** Dotted path of the field, e.g. `sources.2.url`; `(file)` when the whole file is at fault. */
	field: string;
	expected: string;
	found: string;
	/** What to do about it, in one sentence. */
	hint?: string;
}

export function formatProblem(problem: Problem): string {
	const location = `${problem.file}:${problem.line}:${problem.column}`;
	const text = `${location}  ${problem.field}  expected ${problem.expected}  found ${problem.found}`;
	return problem.hint ? `${text}\n    hint: ${problem.hint}` : text;
}

export function formatReport(problems: readonly Problem[]): string {
	if (problems.length === 0) return 'No problems found.';
	const files = new Set(problems.map((problem) => problem.file)).size;
	const sorted = [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
	);
	const noun = problems.length === 1 ? 'problem' : 'problems';
	return [
		...sorted.map(formatProblem),
		'',
		`${problems.length} ${noun} in ${files} ${files === 1 ? 'file' : 'files'}.`,
	].join('\n');
}
