import type { Lifecycle, ReleaseLine } from '#src/schemas/lifecycle.ts';
import { isDate, type IsoDate } from './dates.ts';

/** One lifecycle file as the collection loads it: the file name is the product id. */
export interface LifecycleProduct {
	id: string;
	data: Lifecycle;
}

/**
 * When a line's support ends, as far as the sources say. An unknown end may still have a lower bound: a line
 * whose extended support has no published end is supported at least until its standard support ends. A
 * rolling channel has no end: each release is supported until the next one, which replaces it.
 */
export type SupportEnd =
	| { known: true; date: IsoDate }
	| { known: false; notBefore?: IsoDate }
	| { known: false; rolling: true };

const rolling: SupportEnd = { known: false, rolling: true };

export function isRolling(end: SupportEnd): end is { known: false; rolling: true } {
	return 'rolling' in end;
}

/** End of standard (community, committer, free) support. */
export function standardEndOf(line: ReleaseLine): SupportEnd {
	if (line.standardEnd === 'while-current') return rolling;
	return isDate(line.standardEnd) ? { known: true, date: line.standardEnd } : { known: false };
}

/**
 * The last day of any support, extended included. `none` means standard support is all there is. A missing
 * extendedEnd is treated as unknown, not as none: the data rules say a date nobody confirmed is never guessed.
 */
export function supportEndOf(line: ReleaseLine): SupportEnd {
	if (line.extendedEnd === 'none' || line.standardEnd === 'while-current')
		return standardEndOf(line);
	if (isDate(line.extendedEnd)) return { known: true, date: line.extendedEnd };
	return isDate(line.standardEnd)
		? { known: false, notBefore: line.standardEnd }
		: { known: false };
}

export type SupportState = 'not-yet-released' | 'standard' | 'extended' | 'ended' | 'unknown';

/** Where a line stands on a given day; `unknown` when the dates that would decide it are not published. */
export function supportStateOn(line: ReleaseLine, today: IsoDate): SupportState {
	if (isDate(line.released) && today < line.released) return 'not-yet-released';
	const standard = standardEndOf(line);
	if (isRolling(standard)) return 'standard';
	if (!standard.known) return 'unknown';
	if (today <= standard.date) return 'standard';
	const support = supportEndOf(line);
	if (!support.known) return 'unknown';
	if (today <= support.date) return 'extended';
	return 'ended';
}

/**
 * The earliest of several ends. It is known only when every end that could come first is known: an unknown
 * end whose lower bound is on or after the earliest known date cannot come first, any other unknown end can.
 * When the earliest end is unknown the answer says so and names the ends that are unknown, beside the
 * earliest known date; it never reports that date as the earliest end.
 */
export type EarliestEnd<Item> =
	| { known: true; date: IsoDate; endingFirst: Item[] }
	| { known: false; unknownEnds: Item[]; earliestKnown?: { date: IsoDate; endingFirst: Item[] } };

export function earliestEnd<Item>(
	items: readonly Item[],
	endOf: (item: Item) => SupportEnd
): EarliestEnd<Item> {
	if (items.length === 0) throw new Error('earliestEnd needs at least one item');
	const ends = items.map((item) => ({ item, end: endOf(item) }));
	let earliestDate: IsoDate | undefined;
	for (const { end } of ends)
		if (end.known && (earliestDate === undefined || end.date < earliestDate))
			earliestDate = end.date;
	const endingFirst = ends
		.filter(({ end }) => end.known && end.date === earliestDate)
		.map(({ item }) => item);
	// A rolling channel never ends first: it is supported for as long as its nodes keep updating.
	const unknownEnds = ends
		.filter(
			({ end }) =>
				!end.known &&
				!isRolling(end) &&
				(earliestDate === undefined || end.notBefore === undefined || end.notBefore < earliestDate)
		)
		.map(({ item }) => item);
	if (earliestDate !== undefined && unknownEnds.length === 0)
		return { known: true, date: earliestDate, endingFirst };
	return earliestDate === undefined
		? { known: false, unknownEnds }
		: { known: false, unknownEnds, earliestKnown: { date: earliestDate, endingFirst } };
}

export function findLine(product: LifecycleProduct, lineId: string): ReleaseLine | undefined {
	return product.data.lines.find((line) => line.id === lineId);
}
