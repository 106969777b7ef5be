import { describe, expect, it } from 'vitest';
import { addDays, reviewIntervalDays, staleness } from '#src/review/staleness.ts';
import { reviewToday } from '#src/review/today.ts';

describe('staleness', () => {
	const lastReviewed = '2026-01-31';

	it.each(['published', 'review', 'draft'] as const)(
		'a %s page is stale the day after its interval ends, not on the last day',
		(status) => {
			const interval = reviewIntervalDays[status] ?? 0;
			const due = addDays(lastReviewed, interval);
			expect(staleness(status, lastReviewed, due)).toBeUndefined();
			expect(staleness(status, lastReviewed, addDays(due, 1))).toEqual({
				due,
				daysOverdue: 1,
				intervalDays: interval,
			});
		}
	);

	it('never marks an archived page stale', () => {
		expect(staleness('archived', lastReviewed, addDays(lastReviewed, 10_000))).toBeUndefined();
	});

	it('counts days across month ends and leap days', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});
});

describe('reviewToday', () => {
	it('is REVIEW_TODAY when set, else today', () => {
		expect(reviewToday({ REVIEW_TODAY: '2030-05-01' })).toBe('2030-05-01');
		expect(reviewToday({})).toBe(new Date().toISOString().slice(0, 10));
	});

	it('refuses a REVIEW_TODAY that is not a real date', () => {
		expect(() => reviewToday({ REVIEW_TODAY: '2030-02-30' })).toThrow(/YYYY-MM-DD/);
	});
});
