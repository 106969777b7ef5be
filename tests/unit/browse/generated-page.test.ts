import { describe, expect, it } from 'vitest';
import { generatedPage } from '#src/browse/generated-page.ts';

describe('generated page frontmatter', () => {
	it('is dated by the newest of the dates it is given, in review, without owners or tags', () => {
		expect(
			generatedPage(
				'Tags',
				'Every tag of the site.',
				['2026-01-02', '2026-11-27', '2025-12-31'],
				['2026-11-28']
			)
		).toEqual({
			title: 'Tags',
			description: 'Every tag of the site.',
			status: 'review',
			lastReviewed: '2026-11-27',
			owners: [],
			tags: [],
		});
	});

	it('dates an empty listing by the newest page of the site', () => {
		expect(
			generatedPage('Updates', 'No updates yet.', [], ['2026-03-01', '2026-05-02']).lastReviewed
		).toBe('2026-05-02');
	});

	it('refuses a page with nothing to date it by, rather than inventing a date', () => {
		expect(() => generatedPage('Updates', 'No updates yet.', [], [])).toThrow(/no date/);
	});
});
