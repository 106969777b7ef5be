/**
 * Calendar dates as the lifecycle data writes them: `YYYY-MM-DD` strings. Comparing them as text orders them
 * correctly, so most code never converts; the chart needs day numbers to place bars, and those are counted in
 * UTC so a build in any time zone draws the same chart.
 */
export type IsoDate = string;

const msPerDay = 86_400_000;

/** A date rather than one of the words the data uses where a date is missing (`unknown`, `none`). */
export function isDate(value: string | undefined): value is IsoDate {
	return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(date: IsoDate): number {
	return Math.round(Date.parse(`${date}T00:00:00Z`) / msPerDay);
}

/** The build date: the chart's "today", and what "already ended" is measured against. */
export function isoToday(now: Date = new Date()): IsoDate {
	return now.toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
	return Number(date.slice(0, 4));
}

export function startOfYear(year: number): IsoDate {
	return `${String(year).padStart(4, '0')}-01-01`;
}
