/**
 * Fails when the last `npm run build` (its output kept in reports/build.log) printed a warning that
 * KNOWN-ISSUES.md does not list: a new warning is either fixed or listed there with its upstream issue.
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildLogFile, buildWarnings } from './validators/build-log.ts';
import { readKnownMessages, unknownMessages } from './validators/known-issues.ts';

if (!existsSync(buildLogFile)) {
	console.error(`${buildLogFile} is missing: run \`npm run build\` first.`);
	process.exit(1);
}
const warnings = buildWarnings(readFileSync(buildLogFile, 'utf8'));
const unknown = unknownMessages(warnings, readKnownMessages('buildWarnings'));
if (unknown.length > 0) {
	console.error(
		`The build printed ${unknown.length} warning(s) that KNOWN-ISSUES.md does not list; fix each, or list it under "Build warnings" with its upstream issue:`
	);
	for (const { message, count } of unknown) console.error(`  ${count} × ${message}`);
	process.exitCode = 1;
} else {
	console.log(
		`build warnings: ${warnings.length}, all listed in KNOWN-ISSUES.md (${buildLogFile}).`
	);
}
