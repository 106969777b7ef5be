import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ReviewStatus from '#src/components/ReviewStatus.astro';

async function render(props: Record<string, unknown>) {
	const container = await AstroContainer.create();
	return container.renderToString(ReviewStatus, { props });
}

describe('ReviewStatus', () => {
	it('shows the status, the review date as a machine-readable time, and linked owners', async () => {
		const html = await render({
			status: 'published',
			lastReviewed: '2026-11-27',
			owners: ['octocat', 'hubot'],
		});
		expect(html).toContain('data-status="published"');
		expect(html).toMatch(/<time[^>]*datetime="2026-11-27"[^>]*>2026-11-27<\/time>/);
		expect(html).toMatch(/<a[^>]*href="https:\/\/github.com\/octocat"[^>]*>@octocat<\/a>/);
		expect(html).toMatch(/<a[^>]*href="https:\/\/github.com\/hubot"[^>]*>@hubot<\/a>/);
	});

	it('says plainly when a page is unreviewed and has no owner', async () => {
		const html = await render({ status: 'review', lastReviewed: '2026-11-01', owners: [] });
		expect(html).toContain('not yet checked by the working group');
		expect(html).toContain('No owner yet');
		expect(html).not.toContain('github.com');
	});
});
