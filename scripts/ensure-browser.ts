/**
 * Makes sure there is a browser for the build (it prints the whitepaper PDFs) and the end-to-end tests,
 * installing one when it can, and otherwise stops with one sentence on what to do. Neither the PDFs nor the
 * browser tests are ever skipped for lack of a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from '#src/integrations/browser.ts';

function attempt(description: string, command: string, args: string[]): void {
	console.log(`No browser found; trying ${description}...`);
	spawnSync(command, args, { stdio: 'inherit', timeout: 10 * 60_000 });
}

let browser = findBrowser();
if (!browser) {
	attempt('`playwright install chromium`', 'npx', ['playwright', 'install', 'chromium']);
	browser = findBrowser();
}
const canUseApt = existsSync('/etc/debian_version') && process.getuid?.() === 0;
if (!browser && canUseApt) {
	attempt("Debian's chromium package", 'sh', [
		'-c',
		'apt-get update && apt-get install -y chromium',
	]);
	browser = findBrowser();
}
if (!browser) {
	console.error(
		'No browser to print the whitepaper PDFs and run the browser tests: run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH to its executable.'
	);
	process.exit(1);
}
console.log(`Using ${browser.description} for the whitepaper PDFs and browser tests.`);
