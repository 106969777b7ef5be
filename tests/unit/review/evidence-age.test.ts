import { describe, expect, it } from 'vitest';
import type { EvidencedFact } from '#src/links/evidenced-facts.ts';
import { evidenceReviewDays, staleEvidence } from '#src/review/evidence-age.ts';
import { addDays } from '#src/review/staleness.ts';

const fact = (field: string, verified?: string): EvidencedFact => ({
	file: 'content/landscape/example.yaml',
	line: 1,
	column: 1,
	field,
	url: 'https://example.org/',
	evidence: 'words',
	...(verified === undefined ? {} : { verified }),
});

describe('staleEvidence', () => {
	const verified = '2026-01-31';
	const due = addDays(verified, evidenceReviewDays);

	it('lists a quote the day after its interval ends, not on the last day', () => {
		expect(staleEvidence([fact('sources.a', verified)], due)).toEqual([]);
		expect(staleEvidence([fact('sources.a', verified)], addDays(due, 1))).toMatchObject([
			{ field: 'sources.a', verified, due, daysOverdue: 1 },
		]);
	});

	it('lists the most overdue first and leaves out quotes without a reading date', () => {
		const stale = staleEvidence(
			[fact('sources.newer', '2026-03-01'), fact('sources.older', verified), fact('sources.none')],
			'2027-01-01'
		);
		expect(stale.map((entry) => entry.field)).toEqual(['sources.older', 'sources.newer']);
	});
});
