import { describe, expect, it } from 'vitest';
import { isListedInSitemap } from '#src/navigation/sitemap-xml.ts';

describe('isListedInSitemap', () => {
	it('lists content pages, including the calculator itself and the whitepaper pages', () => {
		for (const path of [
			'/',
			'/guidance/lts/',
			'/lifecycles/stack/',
			'/whitepapers/lts/',
			'/whitepapers/lts/0.1.0/',
			'/tags/',
		]) {
			expect(isListedInSitemap(`https://example.org${path}`)).toBe(true);
		}
	});

	it('leaves out pre-computed calculator answers, short-link redirects and one-tag listings, also under a base path', () => {
		for (const path of [
			'/lifecycles/stack/kubernetes-1.35/talos-1.14/containerd-2.3/',
			'/wp/lts/',
			'/website/wp/lts/0.1.0/',
			'/tags/rollback/',
		]) {
			expect(isListedInSitemap(`https://example.org${path}`)).toBe(false);
		}
	});
});
