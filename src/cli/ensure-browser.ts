/**
 * Makes sure the end-to-end tests have a browser, installing one when it can, and otherwise stops with one
 * sentence on what to do. Browser tests are never skipped for lack of a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.ts';

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
	attempt("Debian's chromium package", 'sh', ['-c', 'apt-get update && apt-get install -y chromium']);
	browser = findBrowser();
}
if (!browser) {
	console.error(
		'No browser for the end-to-end tests: run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH to its executable.',
	);
	process.exit(1);
}
console.log(`End-to-end tests will use ${browser.description}.`);
