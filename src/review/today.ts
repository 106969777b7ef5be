import { isRealCalendarDate } from '#src/schemas/common.ts';

/**
 * The date review deadlines are measured against: today (UTC), or REVIEW_TODAY (YYYY-MM-DD) when set, so tests
 * and previews can see the site as it will look on another day without editing content.
 */
export function reviewToday(environment: Record<string, string | undefined> = process.env): string {
	const override = environment['REVIEW_TODAY'];
	if (override === undefined || override === '') return new Date().toISOString().slice(0, 10);
	if (!isRealCalendarDate(override))
		throw new Error(`REVIEW_TODAY must be a date written as YYYY-MM-DD, not "${override}"`);
	return override;
}
