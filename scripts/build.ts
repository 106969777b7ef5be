/**
 * `npm run build`: `astro build` with its output shown as it comes and kept in reports/build.log, so that
 * `npm test` can fail on a warning KNOWN-ISSUES.md does not list (scripts/check-build-warnings.ts).
 * Arguments are passed on to Astro.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { buildLogFile } from './validators/build-log.ts';

mkdirSync('reports', { recursive: true });
const log = createWriteStream(buildLogFile);
const astro = spawn(
	process.execPath,
	['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)],
	{
		stdio: ['inherit', 'pipe', 'pipe'],
		// Astro colours its output only for a terminal; keep the colours a reader would have had.
		env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
	}
);
astro.stdout.on('data', (chunk: Buffer) => {
	process.stdout.write(chunk);
	log.write(chunk);
});
astro.stderr.on('data', (chunk: Buffer) => {
	process.stderr.write(chunk);
	log.write(chunk);
});
astro.on('close', (code, signal) => {
	log.end();
	process.exitCode = code ?? (signal ? 1 : 0);
});
