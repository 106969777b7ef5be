/** Reading the warnings out of what `astro build` printed (Astro's logger and Vite's, which Astro relays). */

// Colour codes: Vite colours its warnings even when Astro's output goes to a file.
// eslint-disable-next-line no-control-regex
const ansiCodes = /\u001b\[[0-9;]*m/g;

/**
 * Each `[WARN]` line of a build log, without colours and timestamp, as `[source] message`
 * (e.g. `[content] The collection "x" does not exist or is empty. …`).
 */
export function buildWarnings(log: string): string[] {
	return log
		.replace(ansiCodes, '')
		.split(/\r?\n/)
		.flatMap((line) => {
			const warning = /\[WARN\]\s+(.*)$/.exec(line)?.[1]?.trim();
			return warning ? [warning] : [];
		});
}

/** Where scripts/build.ts keeps the output of the last build. */
export const buildLogFile = 'reports/build.log';
