import { describe, expect, it } from 'vitest';
import { feedItem } from '#src/updates/feed.ts';

describe('update feed items', () => {
	it('dates an item at midnight UTC of its day and links it to its anchor on the updates page', () => {
		const item = feedItem(
			'2026-04-30-containerd-2-3-lts',
			{
				title: 'containerd 2.3 is released',
				date: '2026-04-30',
				summary: 'S',
				kind: 'release',
				sources: [{ title: 'notes', url: 'https://example.org/' }],
				areas: ['lts'],
			},
			'https://example.org/updates/'
		);
		expect(item.pubDate.toISOString()).toBe('2026-04-30T00:00:00.000Z');
		expect(item.link).toBe('https://example.org/updates/#2026-04-30-containerd-2-3-lts');
		expect(item.categories).toEqual(['release', 'lts']);
	});
});
