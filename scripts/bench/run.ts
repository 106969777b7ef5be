import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { measureVisit } from './browser-measure.ts';
import { measureBuild, type BuildMeasurement } from './build-runner.ts';
import { wireBytes } from './compression.ts';
import { generateCorpus } from './corpus.ts';
import {
	analyseDist,
	headingWord,
	htmlFileCount,
	htmlFileOf,
	largestPageUnder,
} from './dist-analysis.ts';
import {
	targets,
	type OwnPageResult,
	type OwnSiteResult,
	type SiteResult,
	type SizeResult,
} from './report.ts';
import { serveStatic } from './static-server.ts';
import { prepareProjectSite, prepareStockSite } from './workspace.ts';
import { auditPage, type LighthousePreset } from '../validators/lighthouse.ts';

export interface BenchContext {
	/** The project checkout whose configuration is measured. */
	projectRoot: string;
	/** A scratch folder for the temporary sites and build logs. */
	workRoot: string;
	browser: Browser;
	/** Leave each temporary site in place instead of deleting it once measured. */
	keep: boolean;
	progress(message: string): void;
}

/** The sites built of each corpus: the project, stock Starlight, and stock Starlight on the unified processor. */
const siteNames = ['project', 'stock', 'stock-unified'] as const;
type SiteName = (typeof siteNames)[number];

/**
 * Builds the corpus of `pages` pages with the project's configuration, with stock Starlight and with stock
 * Starlight on the unified Markdown processor, `runs` times each, taking turns and changing which goes first
 * each round so none always builds on a colder or warmer machine.
 */
export async function benchmarkSize(
	context: BenchContext,
	pages: number,
	runs: number
): Promise<SizeResult> {
	const { projectRoot, workRoot, progress } = context;
	const corpus = generateCorpus({ pages });
	const dirs = Object.fromEntries(
		siteNames.map((name) => [name, join(workRoot, `${name}-${pages}`)])
	) as Record<SiteName, string>;
	progress(`${pages} pages: writing the corpus into ${Object.values(dirs).join(', ')}`);
	prepareProjectSite(projectRoot, dirs.project, corpus);
	prepareStockSite(projectRoot, dirs.stock, corpus);
	prepareStockSite(projectRoot, dirs['stock-unified'], corpus, 'unified');

	const builds = Object.fromEntries(
		siteNames.map((name): [SiteName, BuildMeasurement[]] => [name, []])
	) as Record<SiteName, BuildMeasurement[]>;
	for (let run = 0; run < runs; run++) {
		for (let turn = 0; turn < siteNames.length; turn++) {
			const name = siteNames[(run + turn) % siteNames.length] as SiteName;
			builds[name].push(await timedBuild(context, dirs[name], `${name}-${pages}-run${run + 1}`));
		}
	}
	// Only its build is compared: its pages are stock Starlight's, rendered by another processor.
	if (!context.keep) rmSync(dirs['stock-unified'], { recursive: true, force: true });
	const urls = corpus.pages.map((page) => page.url);
	const measureSite = async (name: 'project' | 'stock'): Promise<SiteResult> => {
		progress(`${pages} pages, ${name}: weighing dist/ and searching in Chromium`);
		const dist = join(dirs[name], 'dist');
		const result = {
			builds: builds[name],
			dist: analyseDist(dist, urls),
			visit: await visitServed(context, dist, urls[0] as string, corpus.searchTerms),
		};
		if (!context.keep) rmSync(dirs[name], { recursive: true, force: true });
		return result;
	};
	return {
		pages,
		project: await measureSite('project'),
		stock: await measureSite('stock'),
		stockUnifiedBuilds: builds['stock-unified'],
	};
}

/**
 * The project's own site as it is: its build (the part of every project build above that does not grow with the
 * corpus) and its home page, largest guidance page and largest whitepaper page.
 */
export async function measureOwnSite(context: BenchContext): Promise<OwnSiteResult> {
	const dir = join(context.workRoot, 'site');
	context.progress(`the project's own site: copying it to ${dir}`);
	prepareProjectSite(context.projectRoot, dir);
	const build = await timedBuild(context, dir, 'site');
	const dist = join(dir, 'dist');
	const pages: OwnPageResult[] = [
		{ label: 'home page', url: '/' },
		{
			label: 'guidance page (largest)',
			url: largestPageUnder(dist, 'guidance'),
			firstVisitTarget: targets.guidanceFirstVisitBytes,
		},
		{ label: 'whitepaper page (largest)', url: largestPageUnder(dist, 'whitepapers') },
	];
	context.progress("the project's own site: visiting its pages in Chromium, then with Lighthouse");
	for (const page of pages) {
		if (!page.url) continue;
		const html = readFileSync(htmlFileOf(dist, page.url));
		const term = headingWord(html.toString('utf8'));
		page.htmlWireBytes = wireBytes(html);
		page.visit = await visitServed(context, dist, page.url, term ? [term] : []);
		page.lighthousePerformance = await lighthousePerformance(dist, page.url);
	}
	const result = { build, htmlFiles: htmlFileCount(dist), pages };
	if (!context.keep) rmSync(dir, { recursive: true, force: true });
	return result;
}

async function timedBuild(
	context: BenchContext,
	dir: string,
	label: string
): Promise<BuildMeasurement> {
	const logFile = join(context.workRoot, 'logs', `${label}.log`);
	context.progress(`building ${label} (log: ${logFile})`);
	const build = await measureBuild(dir, logFile);
	context.progress(
		`built ${label} in ${build.wallSeconds.toFixed(1)} s, peak ${(build.peakMemoryBytes / 1e6).toFixed(0)} MB`
	);
	return build;
}

async function visitServed(
	context: BenchContext,
	dist: string,
	url: string,
	terms: readonly string[]
) {
	const server = await serveStatic(dist);
	try {
		return await measureVisit(context.browser, server, url, terms);
	} finally {
		await server.close();
	}
}

/** Lighthouse's performance score of one served page, 0–100, with its mobile and desktop presets. */
async function lighthousePerformance(dist: string, url: string) {
	const server = await serveStatic(dist);
	try {
		const score = async (preset: LighthousePreset) => {
			const report = await auditPage(`${server.origin}${url}`, preset, ['performance']);
			return Math.round((report.categories['performance']?.score ?? 0) * 100);
		};
		return { mobile: await score('mobile'), desktop: await score('desktop') };
	} finally {
		await server.close();
	}
}
