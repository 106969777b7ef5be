import type { PageFrontmatter } from '#src/schemas/page.ts';

type Status = PageFrontmatter['status'];

/**
 * How long a page may go without review, by status. Published pages are the working group's checked word and
 * facts about container OSs age within a release year or two, so a yearly review; pages in review are waiting
 * on the group and should not wait more than half a year; drafts are unfinished and either progress within a
 * quarter or should be picked up by someone else; archived pages are kept as they were and never go stale.
 */
export const reviewIntervalDays: Record<Status, number | undefined> = {
	published: 365,
	review: 180,
	draft: 90,
	archived: undefined,
};

const dayMs = 24 * 60 * 60 * 1000;

export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

export interface Staleness {
	/** The date the review was due. */
	due: string;
	daysOverdue: number;
	intervalDays: number;
}

/** Whether a page is past its review interval on `today`, and by how much; undefined when it is not. */
export function staleness(
	status: Status,
	lastReviewed: string,
	today: string
): Staleness | undefined {
	const intervalDays = reviewIntervalDays[status];
	if (intervalDays === undefined) return undefined;
	const due = addDays(lastReviewed, intervalDays);
	const daysOverdue = daysBetween(due, today);
	return daysOverdue > 0 ? { due, daysOverdue, intervalDays } : undefined;
}
