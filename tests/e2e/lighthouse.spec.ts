import { expect, test } from '@playwright/test';
import {
	auditPage,
	auditsBelowFullScore,
	lighthousePresets,
	type LighthousePreset,
} from '../../scripts/validators/lighthouse.ts';

/**
 * Lighthouse over one page of each type, with its mobile and desktop presets: accessibility, best practices
 * and SEO must score 100. Performance is left out, as its score moves with the machine's load; `npm run
 * bench` reports it.
 */
const pageTypes = {
	home: '/',
	guidance: '/guidance/lts/',
	whitepaper: '/whitepapers/lts/',
	'landscape matrix': '/landscape/',
	OS: '/landscape/flatcar/',
	compare: '/landscape/compare/?os=bottlerocket,flatcar',
	chooser: '/landscape/choose/',
	proposal: '/proposals/kubelet-os-interface/',
	'support timeline': '/lifecycles/',
	search: '/search/',
	charter: '/charter/',
	areas: '/areas/',
	updates: '/updates/',
	// The page itself: a real unknown address answers 404, which Lighthouse's SEO audit rightly marks down.
	'404': '/404.html',
};
const categories = ['accessibility', 'best-practices', 'seo'];
const presets = Object.keys(lighthousePresets) as LighthousePreset[];

test.describe.configure({ timeout: 120_000 });

for (const [type, path] of Object.entries(pageTypes)) {
	for (const preset of presets) {
		test(`Lighthouse ${preset}: the ${type} page scores 100 on accessibility, best practices and SEO`, async ({
			baseURL,
		}) => {
			const report = await auditPage(new URL(path, baseURL).href, preset, categories);
			expect(auditsBelowFullScore(report), 'audits below a full score').toEqual([]);
			for (const id of categories) expect(report.categories[id]?.score, id).toBe(1);
		});
	}
}
