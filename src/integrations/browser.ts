import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export interface Browser {
	/** Undefined when Playwright's own Chromium is used. */
	executablePath?: string;
	description: string;
}

/** The browser the end-to-end tests run in, in order of preference; undefined when none is installed. */
export function findBrowser(): Browser | undefined {
	if (existsSync(chromium.executablePath())) return { description: "Playwright's own Chromium" };
	const candidates = [
		process.env['CHROMIUM_PATH'],
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
	];
	const executablePath = candidates.find(
		(path): path is string => Boolean(path) && existsSync(path as string)
	);
	return executablePath ? { executablePath, description: executablePath } : undefined;
}

/**
 * Flags for a distribution's Chromium run as root in a sandbox with no outside network: without the
 * background-networking flags it keeps trying to reach its vendor's services.
 */
export const systemChromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** How Playwright launches a found browser: a system Chromium needs its path and the flags above. */
export function launchOptionsFor(browser: Browser | undefined): LaunchOptions {
	return browser?.executablePath
		? { executablePath: browser.executablePath, args: systemChromiumArgs }
		: {};
}
