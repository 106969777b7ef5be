import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BuiltOn from '#src/components/BuiltOn.astro';
import StaleNotice from '#src/components/StaleNotice.astro';

describe('BuiltOn', () => {
	it('says the day the page was built, as a machine-readable time', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(BuiltOn, { props: { date: '2026-12-04' } });
		expect(html).toMatch(/Built on <time[^>]*datetime="2026-12-04"[^>]*>2026-12-04<\/time>/);
	});

	it('is part of the notice of a page past its review, with the day it was measured on', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(StaleNotice, {
			props: {
				lastReviewed: '2026-01-01',
				staleness: { due: '2026-06-30', daysOverdue: 157, intervalDays: 180 },
				today: '2026-12-04',
			},
		});
		expect(html).toContain('This page may be out of date.');
		expect(html).toMatch(/Built on <time[^>]*datetime="2026-12-04"/);
	});
});
