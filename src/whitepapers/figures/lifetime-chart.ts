import { dayNumber, startOfYear, yearOf, type IsoDate } from '#src/lifecycle/dates.ts';
import type { SupportEnd } from '#src/lifecycle/support.ts';
import type { LayerEnd, NodeLifetime } from './node-lifetime.ts';

/**
 * Where the bars of the node-lifetime chart go: one group per OS stream, one bar per layer from the start of
 * the axis to the layer's end, free support solid and any paid or extended support after it. The axis runs
 * from the year before the as-of date to the year after the last end it shows, at most `maxYears` years, so
 * a ten-year OS line does not squeeze every other bar into a corner; a bar that runs past the axis says so.
 */
export const chartMetrics = {
	width: 760,
	labelWidth: 250,
	rightPad: 24,
	top: 44,
	barHeight: 14,
	barGap: 4,
	groupGap: 18,
	groupTitle: 18,
	maxYears: 6,
} as const;

export interface ChartBar {
	layer: LayerEnd;
	y: number;
	/** Free support: from the axis start to its end; `open` when the end is unknown or off the axis. */
	standard: { x: number; width: number; open: boolean };
	/** Paid or extended support after it, where the data has a later known end. */
	extended?: { x: number; width: number; open: boolean };
	/**
	 * `first`: this layer's free support ends first in its group. `first-known`: it ends first among the known
	 * ends, but another layer's end is unknown and may come sooner. Free support, because paid extensions are
	 * a choice the reader may not make.
	 */
	first?: 'first' | 'first-known';
}

export interface ChartGroup {
	lifetime: NodeLifetime;
	titleY: number;
	bars: ChartBar[];
}

export interface ChartLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	from: IsoDate;
	to: IsoDate;
	ticks: { x: number; year: number }[];
	asOfX: number;
	groups: ChartGroup[];
}

const knownDate = (end: SupportEnd): IsoDate | undefined => (end.known ? end.date : undefined);

export function lifetimeChartLayout(
	lifetimes: readonly NodeLifetime[],
	asOf: IsoDate
): ChartLayout {
	const m = chartMetrics;
	const firstYear = yearOf(asOf) - 1;
	const ends = lifetimes.flatMap((lifetime) =>
		lifetime.layers.flatMap((layer) => [knownDate(layer.standardEnd), knownDate(layer.supportEnd)])
	);
	const lastEndYear = Math.max(
		yearOf(asOf),
		...ends.flatMap((date) => (date ? [yearOf(date)] : []))
	);
	const lastYear = Math.min(lastEndYear + 1, firstYear + m.maxYears);
	const from = startOfYear(firstYear);
	const to = startOfYear(lastYear);
	const left = m.labelWidth;
	const right = m.width - m.rightPad;
	const scale = (right - left) / (dayNumber(to) - dayNumber(from));
	const xOf = (date: IsoDate) =>
		left +
		Math.min(Math.max(dayNumber(date) - dayNumber(from), 0), dayNumber(to) - dayNumber(from)) *
			scale;
	const span = (start: number, end: IsoDate | undefined) => {
		if (end === undefined) return { x: start, width: Math.max(right - start, 0), open: true };
		return { x: start, width: Math.max(xOf(end) - start, 0), open: end > to };
	};

	let y = m.top;
	const groups = lifetimes.map((lifetime): ChartGroup => {
		const titleY = y + m.groupTitle - 6;
		y += m.groupTitle;
		const earliest = lifetime.earliestStandardEnd;
		const firstLayers = earliest.known
			? earliest.endingFirst
			: (earliest.earliestKnown?.endingFirst ?? []);
		const firstMark = earliest.known ? 'first' : 'first-known';
		const bars = lifetime.layers.map((layer): ChartBar => {
			const standardEnd = knownDate(layer.standardEnd);
			const supportEnd = knownDate(layer.supportEnd);
			const standard = span(left, standardEnd);
			// Extended support is drawn only where its end is known; an unknown one is said in the table.
			const hasExtended =
				standardEnd !== undefined && supportEnd !== undefined && supportEnd > standardEnd;
			const bar: ChartBar = {
				layer,
				y,
				standard,
				...(firstLayers.includes(layer) ? { first: firstMark } : {}),
				...(hasExtended ? { extended: span(standard.x + standard.width, supportEnd) } : {}),
			};
			y += m.barHeight + m.barGap;
			return bar;
		});
		y += m.groupGap;
		return { lifetime, titleY, bars };
	});
	const ticks: { x: number; year: number }[] = [];
	for (let year = firstYear; year <= lastYear; year++)
		ticks.push({ x: xOf(startOfYear(year)), year });
	const bottom = y - m.groupGap + 4;
	return {
		width: m.width,
		height: bottom + 24,
		plot: { left, right, top: m.top, bottom },
		from,
		to,
		ticks,
		asOfX: xOf(asOf),
		groups,
	};
}
