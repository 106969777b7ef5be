/**
 * `npm run check`: validates every content and data file and prints all problems in one run, each as
 * `file:line:column  field  expected …  found …`, then exits non-zero if there were any.
 * `--root DIR` checks another tree laid out like this repository (the tests use it on fixtures).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '#src/validation/report.ts';
import { validateContent } from '#src/validation/validate.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const problems = validateContent({ root: resolve(values.root), displayFrom: process.cwd() });
const report = formatReport(problems);
if (problems.length > 0) {
	console.error(report);
	process.exitCode = 1;
} else {
	console.log(report);
}
