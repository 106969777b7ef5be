/**
 * `npm run bench`: builds a synthetic corpus with this project's configuration and with stock Starlight of the
 * same versions, and prints one table comparing them, then what the project's own pages weigh. A benchmark,
 * not a test: it takes minutes and its numbers depend on the machine. README.md says how to read it.
 *
 * Options: --pages 100,1000 (corpus sizes), --runs 2 (builds of each site per size, alternating),
 * --keep (leave the temporary sites and build logs in .bench/).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './bench/browser-measure.ts';
import {
	buildRuns,
	comparisonTable,
	ownPagesTable,
	ownSiteBuild,
	processorTable,
	growthTable,
	type SizeResult,
} from './bench/report.ts';
import { benchmarkSize, measureOwnSite, type BenchContext } from './bench/run.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '100,1000' },
		runs: { type: 'string', default: '2' },
		keep: { type: 'boolean', default: false },
	},
});
const sizes = values.pages.split(',').map((size) => positiveInteger(size, '--pages'));
const runs = positiveInteger(values.runs, '--runs');

const projectRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
// Inside the project, not the system's temp folder: Astro takes a file that shares no folder with the project
// root for a root-relative path, so the copies must sit where the shared node_modules' files are reachable.
const benchFolder = join(projectRoot, '.bench');
mkdirSync(benchFolder, { recursive: true });
const workRoot = mkdtempSync(join(benchFolder, 'run-'));
mkdirSync(join(workRoot, 'logs'));
const started = performance.now();
const elapsed = () => {
	const seconds = Math.round((performance.now() - started) / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};
const progress = (message: string) => console.error(`[bench ${elapsed()}] ${message}`);

progress(
	`corpus sizes ${sizes.join(', ')}; ${runs} builds of each site per size; working in ${workRoot}`
);
const browser = await launchChromium();
const context: BenchContext = { projectRoot, workRoot, browser, keep: values.keep, progress };
let finished = false;
try {
	const results: SizeResult[] = [];
	for (const pages of sizes) results.push(await benchmarkSize(context, pages, runs));
	const ownSite = await measureOwnSite(context);
	console.log(`\n## Project configuration vs stock Starlight (median of ${runs} builds each)\n`);
	console.log(comparisonTable(results));
	console.log(
		'\n## Where the build cost comes from: the Markdown processor the stack prescribes, then the project\n'
	);
	console.log(processorTable(results));
	if (results.length > 1) {
		console.log('\n## Growth: each ratio at each size\n');
		console.log(growthTable(results));
	}
	console.log(
		`\nEvery build, wall time / peak memory, each site's in the order they ran:\n${buildRuns(results)}`
	);
	console.log(`\n${ownSiteBuild(ownSite)}`);
	console.log("\n## This site's own pages (first visit with an empty cache, then one search)\n");
	console.log(ownPagesTable(ownSite.pages));
	console.log(`\nThe benchmark took ${elapsed()} (minutes:seconds).`);
	finished = true;
} finally {
	await browser.close();
	// A failed run keeps its folder: the build logs say what went wrong.
	if (values.keep || !finished) {
		progress(`left the temporary sites and build logs in ${workRoot}`);
	} else {
		rmSync(workRoot, { recursive: true, force: true });
		if (readdirSync(benchFolder).length === 0) rmSync(benchFolder, { recursive: true });
	}
}

function positiveInteger(text: string, option: string): number {
	const value = Number(text.trim());
	if (!Number.isInteger(value) || value < 1) {
		console.error(`${option} expects positive whole numbers, got "${text}"`);
		process.exit(2);
	}
	return value;
}
