import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import { dayNumber, isDate, startOfYear, yearOf, type IsoDate } from './dates.ts';
import type { LifecycleProduct } from './support.ts';
import { charsThatFit, textWidth, wrapText } from './text.ts';

/**
 * Geometry of the support timeline: where every lane, bar, tick and label goes, in SVG user units. Pure, so
 * the rules (clipping to the window, bars whose start or end is unknown, label placement) are unit-tested;
 * the Astro component only draws what this returns.
 */
export const timelineMetrics = {
	width: 760,
	/** Left column holding the product names. */
	gutter: 160,
	rightPadding: 12,
	/** Axis title and year labels above the lanes. */
	axisHeight: 44,
	rowHeight: 20,
	barHeight: 12,
	lanePadding: 8,
	fontSize: 12,
	textLineHeight: 16,
	/** Drawn length of a bar whose start or end is unknown; it fades out towards the unknown side. */
	unknownStub: 36,
} as const;

export interface TimelineWindow {
	from: IsoDate;
	to: IsoDate;
}

export interface BarSegment {
	kind: 'standard' | 'extended';
	x: number;
	width: number;
	/** The segment's start (fade-in) or end (fade-out) is unknown, so it is drawn as a short fading stub. */
	fade?: 'in' | 'out';
	/** Where the segment's dates come from; the bar links there. */
	href: string;
	/** Accessible name of the link, e.g. "Kubernetes 1.35, standard support 2025-12-17 to 2027-02-28 (source)". */
	title: string;
}

export interface TimelineRow {
	lineId: string;
	/** Top of the row, relative to its lane. */
	y: number;
	segments: BarSegment[];
	label: { x: number; anchor: 'start' | 'end'; text: string; inside: boolean };
}

export interface TimelineLane {
	productId: string;
	name: string[];
	/** Top of the lane when every lane is shown; the filter recomputes it for the lanes left visible. */
	y: number;
	height: number;
	rows: TimelineRow[];
	/** For a product without dated lines: its policy, wrapped, with its source. */
	policy?: { lines: string[]; href: string };
}

export interface TimelineLayout {
	width: number;
	height: number;
	window: TimelineWindow;
	plot: { left: number; right: number; top: number };
	ticks: { x: number; label: string }[];
	today?: { x: number; date: IsoDate };
	lanes: TimelineLane[];
}

/** Two years back and three ahead of the build year: the lines a reader is deciding about. */
export function defaultWindow(today: IsoDate): TimelineWindow {
	return { from: startOfYear(yearOf(today) - 2), to: startOfYear(yearOf(today) + 4) };
}

export function timelineLayout(
	products: readonly LifecycleProduct[],
	today: IsoDate,
	window: TimelineWindow = defaultWindow(today)
): TimelineLayout {
	const m = timelineMetrics;
	const plot = { left: m.gutter, right: m.width - m.rightPadding, top: m.axisHeight };
	const first = dayNumber(window.from);
	const span = dayNumber(window.to) - first;
	// Whole pixels: a day is a quarter of one, and fractions would only lengthen every coordinate in the page.
	const xOf = (date: IsoDate) =>
		Math.round(plot.left + ((dayNumber(date) - first) / span) * (plot.right - plot.left));
	const inWindow = (date: IsoDate) => date >= window.from && date <= window.to;

	const ticks: TimelineLayout['ticks'] = [];
	for (let year = yearOf(window.from); startOfYear(year) <= window.to; year++) {
		if (inWindow(startOfYear(year))) ticks.push({ x: xOf(startOfYear(year)), label: String(year) });
	}

	let y = plot.top;
	const lanes = products.map((product) => {
		const lane = laneOf(product, { plot, xOf, window });
		const placed = { ...lane, y };
		y += lane.height;
		return placed;
	});
	return {
		width: m.width,
		height: y,
		window,
		plot,
		ticks,
		...(inWindow(today) ? { today: { x: xOf(today), date: today } } : {}),
		lanes,
	};
}

interface Scale {
	plot: { left: number; right: number };
	xOf: (date: IsoDate) => number;
	window: TimelineWindow;
}

function laneOf(product: LifecycleProduct, scale: Scale): Omit<TimelineLane, 'y'> {
	const m = timelineMetrics;
	const name = wrapText(product.data.name, charsThatFit(m.gutter - 12, m.fontSize, { bold: true }));
	const nameHeight = name.length * m.textLineHeight;
	if (product.data.lines.length === 0) {
		const charsPerLine = charsThatFit(scale.plot.right - scale.plot.left - 8, m.fontSize);
		const lines = ['No dated lines published.', ...wrapText(product.data.policy, charsPerLine)];
		const height = Math.max(nameHeight, lines.length * m.textLineHeight) + 2 * m.lanePadding;
		return {
			productId: product.id,
			name,
			height,
			rows: [],
			policy: { lines, href: product.data.policySource },
		};
	}
	const rows = product.data.lines.map((line, index) =>
		rowOf(product, line, m.lanePadding + index * m.rowHeight, scale)
	);
	const height = Math.max(nameHeight, rows.length * m.rowHeight) + 2 * m.lanePadding;
	return { productId: product.id, name, height, rows };
}

function rowOf(
	product: LifecycleProduct,
	line: ReleaseLine,
	y: number,
	{ plot, xOf, window }: Scale
): TimelineRow {
	const m = timelineMetrics;
	const clamp = (x: number) => Math.min(Math.max(x, plot.left), plot.right);
	const lineName = `${product.data.name} ${line.id}`;
	const segments: BarSegment[] = [];
	const released = isDate(line.released) ? line.released : undefined;
	const standardEnd = isDate(line.standardEnd) ? line.standardEnd : undefined;
	const standardSource =
		(line.sources.standardEnd ?? line.sources.released)?.url ?? product.data.policySource;

	const push = (segment: Omit<BarSegment, 'x' | 'width'>, fromX: number, toX: number) => {
		const x = clamp(fromX);
		const width = clamp(toX) - x;
		if (width > 0.5) segments.push({ ...segment, x, width });
	};

	const period = (from: string, to: string) => `from ${from} to ${to}`;
	if (line.standardEnd === 'while-current') {
		// A rolling channel runs on past the window: drawn to its right edge, fading out.
		push(
			{
				kind: 'standard',
				fade: 'out',
				href: standardSource,
				title: `${lineName}: rolling channel${released ? ` since ${released}` : ''}, each release supported until the next (source)`,
			},
			released ? xOf(released) : plot.left,
			plot.right
		);
	} else if (released && standardEnd) {
		push(
			{
				kind: 'standard',
				href: standardSource,
				title: `${lineName}: standard support ${period(released, standardEnd)} (source)`,
			},
			xOf(released),
			xOf(standardEnd)
		);
	} else if (standardEnd) {
		push(
			{
				kind: 'standard',
				fade: 'in',
				href: standardSource,
				title: `${lineName}: release date unknown, standard support until ${standardEnd} (source)`,
			},
			xOf(standardEnd) - m.unknownStub,
			xOf(standardEnd)
		);
	} else if (released) {
		push(
			{
				kind: 'standard',
				fade: 'out',
				href: standardSource,
				title: `${lineName}: released ${released}, end of standard support unknown (source)`,
			},
			xOf(released),
			xOf(released) + m.unknownStub
		);
	}

	if (standardEnd && line.extendedEnd !== 'none') {
		const extendedSource = line.sources.extendedEnd?.url ?? product.data.policySource;
		if (isDate(line.extendedEnd)) {
			push(
				{
					kind: 'extended',
					href: extendedSource,
					title: `${lineName}: extended support ${period(standardEnd, line.extendedEnd)} (source)`,
				},
				xOf(standardEnd),
				xOf(line.extendedEnd)
			);
		} else {
			// The policy source says extended support exists or may exist; the line has no dated end for it.
			push(
				{
					kind: 'extended',
					fade: 'out',
					href: extendedSource,
					title: `${lineName}: extended support after ${standardEnd}, end unknown (source)`,
				},
				xOf(standardEnd),
				xOf(standardEnd) + m.unknownStub
			);
		}
	}

	const lastEnd = isDate(line.extendedEnd) ? line.extendedEnd : standardEnd;
	let text = line.id;
	if (segments.length === 0) {
		if (lastEnd && lastEnd < window.from) text = `${line.id}: ended ${lastEnd}, before this chart`;
		else if (released && released > window.to)
			text = `${line.id}: released ${released}, after this chart`;
		else text = `${line.id}: dates unknown`;
	} else if (lastEnd && lastEnd > window.to) {
		text = `${line.id} (to ${lastEnd})`;
	}
	const barStart = segments[0]?.x ?? plot.left;
	const last = segments.at(-1);
	const barEnd = last ? last.x + last.width : plot.left;
	return { lineId: line.id, y, segments, label: placeLabel(text, barStart, barEnd, plot) };
}

/** After the bar if it fits, else before it, else inside its start (drawn in the bar's contrasting colour). */
export function placeLabel(
	text: string,
	barStart: number,
	barEnd: number,
	plot: { left: number; right: number }
): TimelineRow['label'] {
	const gap = 4;
	const width = textWidth(text, timelineMetrics.fontSize);
	if (barEnd === barStart) return { x: plot.left + gap, anchor: 'start', text, inside: false };
	if (barEnd + gap + width <= plot.right)
		return { x: barEnd + gap, anchor: 'start', text, inside: false };
	if (barStart - gap - width >= plot.left)
		return { x: barStart - gap, anchor: 'end', text, inside: false };
	return { x: barStart + gap, anchor: 'start', text, inside: true };
}
