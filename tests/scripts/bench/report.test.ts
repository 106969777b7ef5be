import { describe, expect, it } from 'vitest';
import type { VisitMeasurement } from '../../../scripts/bench/browser-measure.ts';
import {
	buildRuns,
	comparisonTable,
	growthTable,
	metrics,
	ownPagesTable,
	ownSiteBuild,
	processorTable,
	targets,
	type SiteResult,
} from '../../../scripts/bench/report.ts';

interface SiteNumbers {
	wallSeconds: number[];
	peakMemoryBytes: number;
	htmlBytes: number[];
	searches: [number, number];
}

function site({ wallSeconds, peakMemoryBytes, htmlBytes, searches }: SiteNumbers): SiteResult {
	return {
		builds: wallSeconds.map((seconds) => ({
			wallSeconds: seconds,
			peakMemoryBytes,
			cpuSeconds: seconds / 2,
		})),
		dist: {
			totalBytes: htmlBytes.reduce((sum, bytes) => sum + bytes, 0),
			pages: htmlBytes.map((bytes, index) => ({
				url: `/p${index}/`,
				htmlBytes: bytes,
				htmlWireBytes: bytes / 5,
				javascriptWireBytes: 5000,
				cssWireBytes: 16000,
			})),
		},
		visit: visit(
			60_000,
			searches.map((wireBytes) => ({ wireBytes, results: 5 }))
		),
	};
}

function visit(
	firstVisitBytes: number,
	searches: { wireBytes: number; results: number }[],
	stylesApplied = true
): VisitMeasurement {
	return {
		firstVisit: { wireBytes: firstVisitBytes, requests: 12 },
		stylesApplied,
		searches: searches.map((search, index) => ({ term: `term${index}`, requests: 4, ...search })),
	};
}

/** The cells of the first table row that starts with the given cells. */
function row(table: string, ...start: string[]): string[] {
	const rows = table.split('\n').map((line) =>
		line
			.split('|')
			.slice(1, -1)
			.map((cell) => cell.trim())
	);
	const found = rows.find((cells) => start.every((text, index) => cells[index] === text));
	if (!found) throw new Error(`no row starting ${start.join(' | ')}`);
	return found;
}

const stock = site({
	wallSeconds: [10, 12, 11],
	peakMemoryBytes: 800e6,
	htmlBytes: [200_000, 210_000, 220_000],
	searches: [130_000, 13_000],
});
const project = site({
	wallSeconds: [12, 13, 14],
	peakMemoryBytes: 700e6,
	htmlBytes: [30_000, 35_000, 90_000],
	searches: [90_000, 25_000],
});
/** Stock Starlight on the unified processor: between stock and the project. */
const stockUnifiedBuilds = [11, 13, 12].map((seconds) => ({
	wallSeconds: seconds,
	peakMemoryBytes: 900e6,
	cpuSeconds: undefined,
}));
const results = [
	{ pages: 100, project, stock, stockUnifiedBuilds },
	{ pages: targets.pages, project, stock, stockUnifiedBuilds },
];
const table = comparisonTable(results);

describe('comparisonTable', () => {
	it('has a row per metric and corpus size', () => {
		for (const metric of metrics) {
			expect(row(table, metric.name, '100')[0]).toBe(metric.name);
			expect(row(table, metric.name, String(targets.pages))[0]).toBe(metric.name);
		}
	});

	it('shows the medians of both sites and the ratio project/stock', () => {
		expect(row(table, 'build wall time', '100').slice(2, 5)).toEqual([
			'13.0 s',
			'11.0 s',
			(13 / 11).toFixed(2),
		]);
		expect(row(table, 'HTML per page, median', '100').slice(2, 5)).toEqual([
			'35.0 kB',
			'210.0 kB',
			(35 / 210).toFixed(2),
		]);
	});

	it(`checks the issue's targets on the ${targets.pages}-page rows only`, () => {
		expect(row(table, 'build wall time', '100').slice(5)).toEqual(['', '']);
		expect(row(table, 'build wall time', String(targets.pages)).slice(5)).toEqual([
			'≤ 1.10 × stock',
			'NO',
		]);
		expect(row(table, 'peak memory (process tree)', String(targets.pages)).slice(5)).toEqual([
			'≤ stock',
			'yes',
		]);
		expect(row(table, 'HTML per page, median', String(targets.pages)).slice(5)).toEqual([
			'≤ 40.0 kB',
			'yes',
		]);
		expect(row(table, 'first search, transferred', String(targets.pages)).slice(5)).toEqual([
			'≤ 100.0 kB',
			'yes',
		]);
		expect(row(table, 'second search, transferred', String(targets.pages)).slice(5)).toEqual([
			'≤ 20.0 kB',
			'NO',
		]);
		expect(row(table, 'output size (dist/)', String(targets.pages)).slice(5)).toEqual(['', '']);
	});
});

describe('ownPagesTable', () => {
	const target = targets.guidanceFirstVisitBytes;
	it('meets the first-visit target only when styles and search work too', () => {
		const text = ownPagesTable([
			{
				label: 'light',
				url: '/a/',
				htmlWireBytes: 9000,
				visit: visit(target, [{ wireBytes: 1, results: 3 }]),
				firstVisitTarget: target,
			},
			{
				label: 'heavy',
				url: '/b/',
				htmlWireBytes: 9000,
				visit: visit(target + 1, [{ wireBytes: 1, results: 3 }]),
				firstVisitTarget: target,
			},
			{
				label: 'unstyled',
				url: '/c/',
				htmlWireBytes: 9000,
				visit: visit(1000, [{ wireBytes: 1, results: 3 }], false),
				firstVisitTarget: target,
			},
			{
				label: 'unsearchable',
				url: '/d/',
				htmlWireBytes: 9000,
				visit: visit(1000, [{ wireBytes: 1, results: 0 }]),
				firstVisitTarget: target,
			},
			{
				label: 'no target',
				url: '/e/',
				htmlWireBytes: 9000,
				visit: visit(target * 2, [{ wireBytes: 1, results: 3 }]),
			},
		]);
		expect(
			['light', 'heavy', 'unstyled', 'unsearchable', 'no target'].map((label) =>
				row(text, label).at(-1)
			)
		).toEqual(['yes', 'NO', 'NO', 'NO', '']);
	});

	it("shows Lighthouse's performance score per preset, n/a when it was not measured", () => {
		const visited = { url: '/a/', htmlWireBytes: 9000, visit: visit(1000, []) };
		const text = ownPagesTable([
			{ label: 'scored', ...visited, lighthousePerformance: { mobile: 97, desktop: 100 } },
			{ label: 'unscored', ...visited },
		]);
		expect(text).toContain('Lighthouse performance, mobile / desktop');
		expect(row(text, 'scored').at(-3)).toBe('97 / 100');
		expect(row(text, 'unscored').at(-3)).toBe('n/a');
	});

	it('says n/a for a page whose route is not built', () => {
		const text = ownPagesTable([{ label: 'whitepaper page', url: undefined }]);
		expect(row(text, 'whitepaper page').slice(1, 7)).toEqual([
			'n/a (not built)',
			'n/a',
			'n/a',
			'n/a',
			'n/a',
			'n/a',
		]);
	});
});

describe('processorTable', () => {
	const processor = processorTable(results);

	it("splits the project's build cost into the unified processor's share and the project's own", () => {
		expect(row(processor, 'build wall time', '100').slice(2)).toEqual([
			'11.0 s',
			'12.0 s',
			'13.0 s',
			(12 / 11).toFixed(2),
			(13 / 12).toFixed(2),
		]);
		expect(row(processor, 'peak memory (process tree)', String(targets.pages)).slice(2)).toEqual([
			'800.0 MB',
			'900.0 MB',
			'700.0 MB',
			(9 / 8).toFixed(2),
			(7 / 9).toFixed(2),
		]);
	});

	it('says n/a where a build has no CPU time', () => {
		expect(row(processor, 'build CPU time (user + system)', '100').slice(3, 6)).toEqual([
			'n/a',
			'6.5 s',
			'n/a',
		]);
	});
});

describe('growthTable', () => {
	const growth = growthTable(results);

	it("puts each measure's project/stock ratio at every size side by side", () => {
		expect(row(growth, 'build wall time, project/stock').slice(1)).toEqual([
			(13 / 11).toFixed(2),
			row(comparisonTable(results), 'build wall time', String(targets.pages))[4],
		]);
		expect(growth.split('\n')[0]).toContain(`${targets.pages} pages`);
	});

	it("gives the project's own share of each build measure, project/unified", () => {
		expect(row(growth, 'peak memory (process tree), project/unified').slice(1)[1]).toBe(
			(7 / 9).toFixed(2)
		);
	});
});

describe('buildRuns', () => {
	it('lists every build of every site in the order run', () => {
		const lines = buildRuns([results[0] as (typeof results)[number]]).split('\n');
		expect(lines).toEqual([
			'project, 100 pages: 12.0 s / 700.0 MB; 13.0 s / 700.0 MB; 14.0 s / 700.0 MB',
			'stock, 100 pages: 10.0 s / 800.0 MB; 12.0 s / 800.0 MB; 11.0 s / 800.0 MB',
			'stock on unified, 100 pages: 11.0 s / 900.0 MB; 13.0 s / 900.0 MB; 12.0 s / 900.0 MB',
		]);
	});
});

describe('ownSiteBuild', () => {
	it("states the site's own build apart from the corpus builds, with CPU time where measured", () => {
		const build = { wallSeconds: 14.6, peakMemoryBytes: 1_320_000_000, cpuSeconds: 13.4 };
		expect(ownSiteBuild({ build, htmlFiles: 106, pages: [] })).toBe(
			'This site as it is (106 HTML files) builds in 14.6 s (CPU 13.4 s), peak memory 1320.0 MB (its own pages and PDFs; the corpus builds above leave them out).'
		);
		expect(
			ownSiteBuild({ build: { ...build, cpuSeconds: undefined }, htmlFiles: 1, pages: [] })
		).toContain('builds in 14.6 s, peak');
	});
});
