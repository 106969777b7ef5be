import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps the build's Node process small, above all while Pagefind indexes: Starlight runs Pagefind's indexer as a
 * second process at the end of the build, and the machine must hold both at once.
 *
 * What the build holds, measured on the benchmark's corpus at 3,000 pages (2026-12-04, `--trace-gc` and
 * /proc/<pid>/smaps by phase): the live heap is the same as stock Starlight's (about 390 MB after each full
 * collection), but this site renders pages about three times as fast, and V8 sizes the heap from how fast a
 * program allocates: it let the heap grow to four times the live data (1.5 GB) between two collections, where
 * stock's stayed under 1.8 times. The process then entered Pagefind with that garbage still mapped.
 * - A heap growing by at most half of what is live: the process during page generation 2.6 GB → 1.65 GB.
 * - A full collection before Pagefind starts: the process 1.63 GB → 1.35 GB while Pagefind (1.0 GB) runs.
 * The build's peak went from 3.59 GB to 2.36 GB; stock on the same Markdown processor peaked at 2.22 to 2.68 GB
 * in four runs, depending on whether V8 had shrunk its heap before Pagefind began. In `npm run bench` (same day)
 * the peak is 0.85 × stock-on-unified's at 1,000 pages and 0.87 × at 3,000 (before: 1.13 × and 1.37 ×), for
 * the same build time relative to it.
 */
export const heapGrowingPercent = 50;

export function buildMemory(): AstroIntegration {
	return {
		name: 'wg-sp-os:build-memory',
		hooks: {
			'astro:config:setup': ({ command }) => {
				// Only the build: a development server trades memory for speed, as V8 would by default.
				if (command === 'build') setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
			},
			'astro:config:done': ({ config }) => {
				const problem = orderProblem(config.integrations.map((integration) => integration.name));
				if (problem) throw new Error(problem);
			},
			'astro:build:done': ({ logger }) => {
				const before = process.memoryUsage().rss;
				collectAllGarbage();
				const freed = (before - process.memoryUsage().rss) / 2 ** 20;
				logger.info(
					`Released ${Math.max(0, Math.round(freed))} MB before the search index is built.`
				);
			},
		},
	};
}

/**
 * Astro runs each integration's `astro:build:done` in the order they are listed, so the collection must be listed
 * before Starlight's, which builds the search index.
 */
export function orderProblem(integrationNames: readonly string[]): string | undefined {
	const own = integrationNames.indexOf('wg-sp-os:build-memory');
	const starlight = integrationNames.indexOf('@astrojs/starlight');
	if (own === -1 || starlight === -1 || own < starlight) return undefined;
	return 'buildMemory() must come before starlight() in astro.config.mjs: it frees memory before Starlight builds the search index.';
}

/**
 * V8's most thorough collection, which also returns freed pages to the system. Node offers it only to a program
 * started with --expose-gc; a context created after the flag is set has the `gc` function.
 */
function collectAllGarbage(): void {
	setFlagsFromString('--expose-gc');
	const gc = runInNewContext('gc') as (options: object) => void;
	gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
