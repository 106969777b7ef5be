import type { Problem } from '#src/content-source/model.ts';

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
