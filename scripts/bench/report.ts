import type { VisitMeasurement } from './browser-measure.ts';
import type { BuildMeasurement } from './build-runner.ts';
import type { DistSummary, PageWeight } from './dist-analysis.ts';
import { median, ratio } from './stats.ts';
import { formatBytes, formatRatio, formatSeconds, formatTable } from './table.ts';

/** What was measured of one site (the project's configuration or stock Starlight) at one corpus size. */
export interface SiteResult {
	builds: BuildMeasurement[];
	dist: DistSummary;
	/** A corpus page visited cold, then a first and a second search. */
	visit: VisitMeasurement;
}

export interface SizeResult {
	pages: number;
	project: SiteResult;
	stock: SiteResult;
	/**
	 * Builds of stock Starlight on the unified Markdown processor with remark-gfm and rehype-slug: what the stack
	 * this project must use costs before any of the project's own work.
	 */
	stockUnifiedBuilds: BuildMeasurement[];
}

/** One of the project's own pages, built from its real content; `url` is undefined when the route is not built. */
export interface OwnPageResult {
	label: string;
	url: string | undefined;
	htmlWireBytes?: number;
	visit?: VisitMeasurement;
	/** The most a first visit may transfer, when the issue sets a target for this page. */
	firstVisitTarget?: number;
	/** Lighthouse's performance score, 0–100, with its mobile and desktop presets. */
	lighthousePerformance?: { mobile: number; desktop: number };
}

/** The project's own site, built as it is. */
export interface OwnSiteResult {
	build: BuildMeasurement;
	htmlFiles: number;
	pages: OwnPageResult[];
}

/** The targets the issue sets; they are checked on the rows of `pages` pages. */
export const targets = {
	pages: 1000,
	buildTimeRatio: 1.1,
	peakMemoryRatio: 1,
	medianHtmlBytes: 40_000,
	firstSearchBytes: 100_000,
	laterSearchBytes: 20_000,
	guidanceFirstVisitBytes: 40_000,
} as const;

interface Target {
	text: string;
	met(project: number, stock: number): boolean;
}

interface Metric {
	name: string;
	format(value: number | undefined): string;
	value(site: SiteResult): number | undefined;
	target?: Target;
}

const medianOf = (pick: (page: PageWeight) => number) => (site: SiteResult) =>
	median(site.dist.pages.map(pick));
const searchBytes = (index: number) => (site: SiteResult) => site.visit.searches[index]?.wireBytes;
const atMost = (limit: number): Target => ({
	text: `≤ ${formatBytes(limit)}`,
	met: (project) => project <= limit,
});
const atMostTimesStock = (factor: number, text: string): Target => ({
	text,
	met: (project, stock) => project <= factor * stock,
});

/** A measure of the builds alone, which the stock build on the unified processor has too. */
interface BuildMetric extends Omit<Metric, 'value'> {
	value(builds: readonly BuildMeasurement[]): number | undefined;
}

const buildMetrics: BuildMetric[] = [
	{
		name: 'build wall time',
		format: formatSeconds,
		value: (builds) => median(builds.map((build) => build.wallSeconds)),
		target: atMostTimesStock(
			targets.buildTimeRatio,
			`≤ ${targets.buildTimeRatio.toFixed(2)} × stock`
		),
	},
	{
		name: 'build CPU time (user + system)',
		format: formatSeconds,
		value: (builds) =>
			median(builds.flatMap((build) => (build.cpuSeconds === undefined ? [] : [build.cpuSeconds]))),
	},
	{
		name: 'peak memory (process tree)',
		format: formatBytes,
		value: (builds) => median(builds.map((build) => build.peakMemoryBytes)),
		target: atMostTimesStock(targets.peakMemoryRatio, '≤ stock'),
	},
];

export const metrics: Metric[] = [
	...buildMetrics.map((metric): Metric => ({
		...metric,
		value: (site) => metric.value(site.builds),
	})),
	{ name: 'output size (dist/)', format: formatBytes, value: (site) => site.dist.totalBytes },
	{
		name: 'HTML per page, median',
		format: formatBytes,
		value: medianOf((page) => page.htmlBytes),
		target: atMost(targets.medianHtmlBytes),
	},
	{
		name: 'HTML per page, median, gzip',
		format: formatBytes,
		value: medianOf((page) => page.htmlWireBytes),
	},
	{
		name: 'JavaScript per page, median, gzip',
		format: formatBytes,
		value: medianOf((page) => page.javascriptWireBytes),
	},
	{
		name: 'CSS per page, median, gzip',
		format: formatBytes,
		value: medianOf((page) => page.cssWireBytes),
	},
	{
		name: 'first visit of a page, transferred',
		format: formatBytes,
		value: (site) => site.visit.firstVisit.wireBytes,
	},
	{
		name: 'first search, transferred',
		format: formatBytes,
		value: searchBytes(0),
		target: atMost(targets.firstSearchBytes),
	},
	{
		name: 'second search, transferred',
		format: formatBytes,
		value: searchBytes(1),
		target: atMost(targets.laterSearchBytes),
	},
];

/** One row per metric and corpus size: both values, their ratio, and the target where the issue sets one. */
export function comparisonTable(results: readonly SizeResult[]): string {
	const rows = metrics.flatMap((metric) =>
		results.map(({ pages, project, stock }) => {
			const projectValue = metric.value(project);
			const stockValue = metric.value(stock);
			const target = pages === targets.pages ? metric.target : undefined;
			const met =
				target && projectValue !== undefined && stockValue !== undefined
					? target.met(projectValue, stockValue)
					: undefined;
			return [
				metric.name,
				String(pages),
				metric.format(projectValue),
				metric.format(stockValue),
				formatRatio(ratio(projectValue, stockValue)),
				target?.text ?? '',
				yesNo(met),
			];
		})
	);
	return formatTable(
		['metric', 'pages', 'project', 'stock', 'project/stock', 'target', 'met'],
		rows,
		['left', 'right', 'right', 'right', 'right', 'left', 'left']
	);
}

/**
 * Where the project's build cost comes from: stock Starlight, the same on the unified Markdown processor the
 * stack prescribes (its share is `unified/stock`), and the project (its own share is `project/unified`).
 */
export function processorTable(results: readonly SizeResult[]): string {
	const rows = buildMetrics.flatMap((metric) =>
		results.map(({ pages, project, stock, stockUnifiedBuilds }) => {
			const [stockValue, unifiedValue, projectValue] = [
				stock.builds,
				stockUnifiedBuilds,
				project.builds,
			].map((builds) => metric.value(builds));
			return [
				metric.name,
				String(pages),
				...[stockValue, unifiedValue, projectValue].map(metric.format),
				formatRatio(ratio(unifiedValue, stockValue)),
				formatRatio(ratio(projectValue, unifiedValue)),
			];
		})
	);
	return formatTable(
		['metric', 'pages', 'stock', 'stock on unified', 'project', 'unified/stock', 'project/unified'],
		rows,
		['left', 'right', 'right', 'right', 'right', 'right', 'right']
	);
}

/**
 * How each measure grows with the site: project/stock at each corpus size, side by side, and for the builds also
 * project/unified (the project's own share). A ratio that rises from left to right is a cost that grows faster
 * than stock's.
 */
export function growthTable(results: readonly SizeResult[]): string {
	const sizes = results.map(({ pages }) => `${pages} pages`);
	const rows = [
		...metrics.map((metric) => [
			`${metric.name}, project/stock`,
			...results.map(({ project, stock }) =>
				formatRatio(ratio(metric.value(project), metric.value(stock)))
			),
		]),
		...buildMetrics.map((metric) => [
			`${metric.name}, project/unified`,
			...results.map(({ project, stockUnifiedBuilds }) =>
				formatRatio(ratio(metric.value(project.builds), metric.value(stockUnifiedBuilds)))
			),
		]),
	];
	return formatTable(['measure', ...sizes], rows, ['left', ...sizes.map((): 'right' => 'right')]);
}

/** The project's own pages: what a first visit costs, whether styles and search work, and the target if any. */
export function ownPagesTable(pages: readonly OwnPageResult[]): string {
	const rows = pages.map(({ label, url, htmlWireBytes, visit, firstVisitTarget, ...rest }) => {
		if (!url || !visit)
			return [
				label,
				'n/a (not built)',
				'n/a',
				'n/a',
				'n/a',
				'n/a',
				'n/a',
				'n/a',
				'n/a',
				firstVisitTarget ? `≤ ${formatBytes(firstVisitTarget)}` : '',
				'',
			];
		const performance = rest.lighthousePerformance;
		const search = visit.searches[0];
		const works = visit.stylesApplied && (search?.results ?? 0) > 0;
		const met =
			firstVisitTarget === undefined
				? undefined
				: works && visit.firstVisit.wireBytes <= firstVisitTarget;
		return [
			label,
			url,
			formatBytes(htmlWireBytes),
			formatBytes(visit.firstVisit.wireBytes),
			String(visit.firstVisit.requests),
			visit.stylesApplied ? 'yes' : 'no',
			formatBytes(search?.wireBytes),
			String(search?.results ?? 0),
			performance ? `${performance.mobile} / ${performance.desktop}` : 'n/a',
			firstVisitTarget ? `≤ ${formatBytes(firstVisitTarget)}, styles and search work` : '',
			yesNo(met),
		];
	});
	return formatTable(
		[
			'page',
			'URL',
			'HTML, gzip',
			'first visit, gzip',
			'requests',
			'styles',
			'first search',
			'results',
			'Lighthouse performance, mobile / desktop',
			'target',
			'met',
		],
		rows,
		['left', 'left', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'left', 'left']
	);
}

/** The build of the site as it is, with its own pages, entries and whitepaper PDFs: none of them is in the corpus builds. */
export function ownSiteBuild({ build, htmlFiles }: OwnSiteResult): string {
	const cpu = build.cpuSeconds === undefined ? '' : ` (CPU ${formatSeconds(build.cpuSeconds)})`;
	return `This site as it is (${htmlFiles} HTML files) builds in ${formatSeconds(build.wallSeconds)}${cpu}, peak memory ${formatBytes(build.peakMemoryBytes)} (its own pages and PDFs; the corpus builds above leave them out).`;
}

/** Every build's own numbers, so the spread behind each median can be judged. */
export function buildRuns(results: readonly SizeResult[]): string {
	return results
		.flatMap(({ pages, project, stock, stockUnifiedBuilds }) =>
			Object.entries({
				project: project.builds,
				stock: stock.builds,
				'stock on unified': stockUnifiedBuilds,
			}).map(
				([name, builds]) =>
					`${name}, ${pages} pages: ${builds.map((build) => `${formatSeconds(build.wallSeconds)} / ${formatBytes(build.peakMemoryBytes)}`).join('; ')}`
			)
		)
		.join('\n');
}

function yesNo(met: boolean | undefined): string {
	return met === undefined ? '' : met ? 'yes' : 'NO';
}
