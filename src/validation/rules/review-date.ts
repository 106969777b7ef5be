import { reviewToday } from '#src/review/today.ts';
import { isRealCalendarDate } from '#src/schemas/common.ts';
import type { Problem } from '#src/content-source/model.ts';
import type { ContentFile } from '#src/content-source/model.ts';

/**
 * A review cannot have happened in the future; a future date would also hide the page from the stale report.
 * The date is read as written, so it is checked even when other fields of the file have schema problems.
 */
export function checkReviewDate(content: ContentFile): Problem[] {
	const lastReviewed = (content.source.data as { lastReviewed?: unknown } | undefined)
		?.lastReviewed;
	const today = reviewToday();
	if (
		typeof lastReviewed !== 'string' ||
		!isRealCalendarDate(lastReviewed) ||
		lastReviewed <= today
	)
		return [];
	return [
		{
			file: content.file,
			...content.source.locate(['lastReviewed']),
			field: 'lastReviewed',
			expected: `a date on or before today (${today})`,
			found: lastReviewed,
			hint: 'Set lastReviewed to the day you checked the page against its sources.',
		},
	];
}
