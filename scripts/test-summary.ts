/**
 * Prints one closing line for the whole test run, unit and browser tests together, in the plain
 * "N passed, N failed" form that CI reads. Both runners write JSON reports into reports/.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
	passed: number;
	failed: number;
	skipped: number;
}

function vitestCounts(file: string): Counts {
	const report = JSON.parse(readFileSync(file, 'utf8'));
	return {
		passed: report.numPassedTests,
		failed: report.numFailedTests,
		skipped: report.numPendingTests + report.numTodoTests,
	};
}

function playwrightCounts(file: string): Counts {
	const { stats } = JSON.parse(readFileSync(file, 'utf8'));
	return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const parts = [
	['reports/unit.json', vitestCounts],
	['reports/e2e.json', playwrightCounts],
] as const;
const missing = parts.filter(([file]) => !existsSync(file)).map(([file]) => file);
if (missing.length > 0) {
	console.error(`Missing test reports: ${missing.join(', ')}. Run npm test.`);
	process.exit(1);
}
const total = parts
	.map(([file, read]) => read(file))
	.reduce((sum, counts) => ({
		passed: sum.passed + counts.passed,
		failed: sum.failed + counts.failed,
		skipped: sum.skipped + counts.skipped,
	}));
console.log(
	`tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
);
process.exitCode = total.failed > 0 || total.skipped > 0 ? 1 : 0;
