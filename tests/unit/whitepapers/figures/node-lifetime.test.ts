import { describe, expect, it } from 'vitest';
import { lifetimeChartLayout } from '#src/whitepapers/figures/lifetime-chart.ts';
import {
	nodeLifetime,
	nodeLifetimes,
	runtimeFitGrid,
	type LayerEnd,
} from '#src/whitepapers/figures/node-lifetime.ts';
import { fixtureProducts } from '../../lifecycle/products.ts';
import { fixtureReleases, withProvision } from '../../lifecycle/releases.ts';

const products = fixtureProducts();
const releases = fixtureReleases();
const labels = (items: readonly LayerEnd[]) => items.map((item) => item.label);

describe('node lifetime', () => {
	it('takes every layer the stream ships and finds the one that ends first', () => {
		const lifetime = nodeLifetime(products, releases, { os: 'stream-os', line: 'A' });
		expect(lifetime?.layers.map((layer) => [layer.layer, layer.label])).toEqual([
			['kubernetes', 'Kube 1.1'],
			['os', 'Stream OS A'],
			['runtime', 'containerd 2.0.4'],
			['kernel', 'Linux 6.6'],
		]);
		// containerd 2.0 ends 2026-01-31, before Kube 1.1 (2026-08-01) and the OS stream (2026-06-30).
		expect(lifetime?.earliestStandardEnd).toMatchObject({ known: true, date: '2026-01-31' });
		if (lifetime?.earliestStandardEnd.known)
			expect(labels(lifetime.earliestStandardEnd.endingFirst)).toEqual(['containerd 2.0.4']);
	});

	it('names the newest documented minor the shipped runtime is recommended for', () => {
		const lifetime = nodeLifetime(products, releases, { os: 'stream-os', line: 'A' });
		expect(lifetime?.minors).toEqual(['1.0', '1.1']);
		// 2.0.4 is below the 2.0.5 minimum for 1.1, but within the 2.0.1 minimum for 1.0.
		expect(lifetime?.newestMinorForRuntime).toBe('1.0');
	});

	it('reports unknown layers as unknown instead of dropping them from the earliest end', () => {
		const lifetime = nodeLifetime(products, releases, { os: 'stream-os', line: 'B' });
		expect(lifetime?.layers.every((layer) => layer.layer === 'os' || !layer.supportEnd.known)).toBe(
			true
		);
		expect(lifetime?.earliestSupportEnd.known).toBe(false);
		expect(lifetime?.layers.find((layer) => layer.layer === 'kubernetes')?.gap).toMatch(
			/names no Kubernetes minor/
		);
	});

	it('leaves out a runtime that the OS leaves to its users and ships none of', () => {
		const userInstalled = withProvision(releases, 'user-installed');
		const lifetime = nodeLifetime(products, userInstalled, { os: 'stream-os', line: 'B' });
		expect(lifetime?.runtimeChosenByUser).toBe(true);
		expect(lifetime?.layers.map((layer) => layer.layer)).toEqual(['kubernetes', 'os', 'kernel']);
	});

	it('fails loudly on a stream the data does not hold', () => {
		expect(() => nodeLifetimes(products, releases, [{ os: 'stream-os', line: 'Z' }])).toThrow(
			/No lifecycle line "Z"/
		);
	});
});

describe('runtime fit grid', () => {
	it('puts the shipped runtime against every minor its project covers', () => {
		const grid = runtimeFitGrid(products, releases, [
			{ os: 'stream-os', line: 'A' },
			{ os: 'stream-os', line: 'B' },
		]);
		expect(grid.minors).toEqual(['1.0', '1.1']);
		expect(grid.rows).toHaveLength(1);
		expect(grid.rows[0]?.cells.map((cell) => [cell.minor, cell.verdict, cell.documented])).toEqual([
			['1.0', 'recommended', true],
			['1.1', 'below-minimum', true],
		]);
	});
});

describe('lifetime chart layout', () => {
	it('marks an earliest known end as only that when another end is unknown', () => {
		const lifetimes = nodeLifetimes(products, releases, [{ os: 'stream-os', line: 'B' }]);
		const bars = lifetimeChartLayout(lifetimes, '2025-12-01').groups[0]?.bars ?? [];
		expect(bars.filter((bar) => bar.first).map((bar) => [bar.layer.layer, bar.first])).toEqual([
			['os', 'first-known'],
		]);
	});

	it('marks the layer whose free support ends first and keeps every bar inside the plot', () => {
		const lifetimes = nodeLifetimes(products, releases, [{ os: 'stream-os', line: 'A' }]);
		const layout = lifetimeChartLayout(lifetimes, '2025-12-01');
		const bars = layout.groups[0]?.bars ?? [];
		expect(bars.filter((bar) => bar.first === 'first').map((bar) => bar.layer.label)).toEqual([
			'containerd 2.0.4',
		]);
		expect(layout.from).toBe('2024-01-01');
		for (const bar of bars)
			expect(bar.standard.x + bar.standard.width).toBeLessThanOrEqual(layout.plot.right);
		expect(layout.asOfX).toBeGreaterThan(layout.plot.left);
	});
});
