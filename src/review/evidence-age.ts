import type { EvidencedFact } from '#src/links/evidenced-facts.ts';
import { addDays, daysBetween } from './staleness.ts';

/**
 * How long an evidence quote may go without being read again at its source. Half a year: the projects the
 * data follows ship a Kubernetes minor every four months and new OS streams about twice a year, so a quote read
 * longer ago has lived through at least one release that may have changed it. The weekly source check finds
 * quotes that vanished; this interval also catches facts whose page still carries the words but whose meaning
 * moved on (a "current" release that is no longer current).
 */
export const evidenceReviewDays = 180;

export interface StaleEvidence extends EvidencedFact {
	verified: string;
	/** The day the quote was due to be read again. */
	due: string;
	daysOverdue: number;
}

/** Facts whose quote was last read more than `evidenceReviewDays` before `today`, most overdue first. */
export function staleEvidence(facts: readonly EvidencedFact[], today: string): StaleEvidence[] {
	return facts
		.flatMap((fact) => {
			if (fact.verified === undefined) return [];
			const due = addDays(fact.verified, evidenceReviewDays);
			const daysOverdue = daysBetween(due, today);
			return daysOverdue > 0 ? [{ ...fact, verified: fact.verified, due, daysOverdue }] : [];
		})
		.sort(
			(a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file) || a.line - b.line
		);
}
