import { describe, expect, it } from 'vitest';
import { placeLabel, timelineLayout, timelineMetrics } from '#src/lifecycle/timeline.ts';
import { wrapText } from '#src/lifecycle/text.ts';
import { fixtureProducts, product } from './products.ts';

const products = fixtureProducts();
const window = { from: '2025-01-01', to: '2028-01-01' };
const layout = timelineLayout(products, '2026-07-01', window);
const { plot } = layout;
const xOf = (date: string) =>
	Math.round(
		plot.left +
			((Date.parse(date) - Date.parse(window.from)) /
				(Date.parse(window.to) - Date.parse(window.from))) *
				(plot.right - plot.left)
	);
const laneOf = (id: string) => {
	const lane = layout.lanes.find((candidate) => candidate.productId === id);
	if (!lane) throw new Error(`no lane ${id}`);
	return lane;
};
const rowOf = (productId: string, lineId: string) => {
	const row = laneOf(productId).rows.find((candidate) => candidate.lineId === lineId);
	if (!row) throw new Error(`no row ${productId} ${lineId}`);
	return row;
};

describe('timeline layout', () => {
	it('has one lane per product, stacked without gaps, and one row per line', () => {
		expect(layout.lanes.map((lane) => lane.productId)).toEqual(products.map((entry) => entry.id));
		layout.lanes
			.slice(1)
			.forEach((lane, index) =>
				expect(lane.y).toBe((layout.lanes[index]?.y ?? 0) + (layout.lanes[index]?.height ?? 0))
			);
		expect(layout.height).toBe((layout.lanes.at(-1)?.y ?? 0) + (layout.lanes.at(-1)?.height ?? 0));
		expect(laneOf('kube').rows).toHaveLength(2);
	});

	it('places everything on whole pixels', () => {
		const positions = [
			...layout.ticks.map((tick) => tick.x),
			...layout.lanes.flatMap((lane) =>
				lane.rows.flatMap((row) => [
					row.label.x,
					...row.segments.flatMap((segment) => [segment.x, segment.width]),
				])
			),
		];
		expect(positions.length).toBeGreaterThan(10);
		expect(positions.filter((position) => !Number.isInteger(position))).toEqual([]);
	});

	it('places year ticks and the today line on the time scale', () => {
		expect(layout.ticks.map((tick) => tick.label)).toEqual(['2025', '2026', '2027', '2028']);
		expect(layout.ticks[0]?.x).toBe(plot.left);
		expect(layout.today?.x).toBeCloseTo(xOf('2026-07-01'), 6);
		expect(timelineLayout(products, '2030-01-01', window).today).toBeUndefined();
	});

	it('draws standard support from release to standard end, then extended support, each linked to its own source', () => {
		const [standard, extended] = rowOf('cloud', '1.1').segments;
		expect(standard).toMatchObject({
			kind: 'standard',
			href: 'https://example.org/cloud/versions/',
		});
		expect(standard?.x).toBeCloseTo(xOf('2025-07-01'), 6);
		expect((standard?.x ?? 0) + (standard?.width ?? 0)).toBeCloseTo(xOf('2026-09-01'), 6);
		expect(extended).toMatchObject({
			kind: 'extended',
			href: 'https://example.org/cloud/extended/',
		});
		expect((extended?.x ?? 0) + (extended?.width ?? 0)).toBeCloseTo(xOf('2027-09-01'), 6);
		expect(extended?.title).toBe(
			'Cloud Kube 1.1: extended support from 2026-09-01 to 2027-09-01 (source)'
		);
	});

	it('draws an unknown start or end as a short fading stub, never as a guessed period', () => {
		const osB = rowOf('stream-os', 'B').segments[0];
		expect(osB).toMatchObject({ kind: 'standard', fade: 'in', width: timelineMetrics.unknownStub });
		expect((osB?.x ?? 0) + (osB?.width ?? 0)).toBeCloseTo(xOf('2027-12-31'), 6);
		const osAExtended = rowOf('stream-os', 'A').segments[1];
		expect(osAExtended).toMatchObject({
			kind: 'extended',
			fade: 'out',
			width: timelineMetrics.unknownStub,
		});
		expect(rowOf('containerd', '2.1').segments).toEqual([
			expect.objectContaining({ kind: 'standard', fade: 'out' }),
		]);
		expect(rowOf('kube', '1.0').segments).toHaveLength(1);
	});

	it('draws a rolling channel from its release to the edge of the window, fading out', () => {
		const stream = product(products, 'stream-os');
		const rolling = {
			...stream,
			data: {
				...stream.data,
				lines: [
					{ ...stream.data.lines[0]!, standardEnd: 'while-current', extendedEnd: 'none' } as const,
				],
			},
		};
		const [row] = timelineLayout([rolling], '2026-07-01', window).lanes[0]!.rows;
		expect(row?.segments).toEqual([
			expect.objectContaining({
				kind: 'standard',
				fade: 'out',
				x: xOf('2025-01-01'),
				width: plot.right - xOf('2025-01-01'),
				title: expect.stringContaining('rolling channel since 2025-01-01'),
			}),
		]);
	});

	it('clips bars to the window and says where a line continues or lies outside it', () => {
		const extended = rowOf('stream-os', 'B').segments[1];
		expect((extended?.x ?? 0) + (extended?.width ?? 0)).toBe(plot.right);
		expect(rowOf('stream-os', 'B').label.text).toBe('B (to 2030-12-31)');
		const early = timelineLayout(products, '2026-07-01', { from: '2026-04-01', to: '2028-01-01' });
		const kube10 = early.lanes.find((lane) => lane.productId === 'kube')?.rows[0];
		expect(kube10?.segments).toEqual([]);
		expect(kube10?.label.text).toBe('1.0: ended 2026-03-01, before this chart');
	});

	it('shows a product without dated lines as a lane with its policy and a link to it', () => {
		const lane = laneOf('policy-only');
		expect(lane.rows).toEqual([]);
		expect(lane.policy?.lines[0]).toBe('No dated lines published.');
		expect(lane.policy?.lines.slice(1).join(' ')).toBe(
			product(products, 'policy-only').data.policy
		);
		expect(lane.policy?.href).toBe('https://example.org/policy-only/policy/');
	});
});

describe('labels', () => {
	const plotBox = { left: 100, right: 500 };

	it('go after the bar, else before it, else inside it', () => {
		expect(placeLabel('1.35', 150, 300, plotBox)).toEqual({
			x: 304,
			anchor: 'start',
			text: '1.35',
			inside: false,
		});
		expect(placeLabel('1.35', 300, 498, plotBox)).toEqual({
			x: 296,
			anchor: 'end',
			text: '1.35',
			inside: false,
		});
		expect(placeLabel('a long label text', 102, 498, plotBox)).toMatchObject({
			x: 106,
			anchor: 'start',
			inside: true,
		});
	});

	it('wrap at spaces within the width', () => {
		expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('unbreakable-word short', 5)).toEqual(['unbreakable-word', 'short']);
	});
});
