import { describe, expect, it } from 'vitest';
import {
	scholarlyArticleJsonLd,
	serializeJsonLd,
	techArticleJsonLd,
	webSiteJsonLd,
} from '#src/social/json-ld.ts';

const article = {
	headline: 'Long Term Support constraints',
	description: 'How support windows interlock.',
	url: 'https://example.org/guidance/lts/',
	image: 'https://example.org/og/guidance/lts.png',
	publisher: 'wg-sp-os',
};

describe('JSON-LD', () => {
	it('describes a guidance page as a TechArticle dated by its last review and about its area', () => {
		const data = techArticleJsonLd({
			...article,
			dateModified: '2026-11-27',
			about: 'Long Term Support constraints',
			keywords: ['lts', 'kubernetes'],
		});
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'TechArticle',
			headline: article.headline,
			dateModified: '2026-11-27',
			about: { name: 'Long Term Support constraints' },
			keywords: 'lts, kubernetes',
		});
	});

	it('describes a whitepaper as a versioned ScholarlyArticle with its authors and licence URL', () => {
		const data = scholarlyArticleJsonLd({
			...article,
			version: '0.1.0',
			datePublished: '2026-11-27',
			dateModified: '2026-11-28',
			authors: [{ name: 'A. Author', affiliation: 'Example Org' }, { name: 'B. Author' }],
			license: 'CC-BY-4.0',
			keywords: ['lts'],
		});
		expect(data).toMatchObject({
			'@type': 'ScholarlyArticle',
			version: '0.1.0',
			datePublished: '2026-11-27',
			dateModified: '2026-11-28',
			license: 'https://creativecommons.org/licenses/by/4.0/',
		});
		expect(data['author']).toEqual([
			{
				'@type': 'Person',
				name: 'A. Author',
				affiliation: { '@type': 'Organization', name: 'Example Org' },
			},
			{ '@type': 'Person', name: 'B. Author' },
		]);
	});

	it('describes the home page as a WebSite', () => {
		expect(
			webSiteJsonLd({ name: 'wg-sp-os', url: 'https://example.org/', description: 'd' })
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'WebSite',
			name: 'wg-sp-os',
			url: 'https://example.org/',
			description: 'd',
		});
	});

	it('serialises so that no text can close or comment out the script element, and parses back unchanged', () => {
		const data = webSiteJsonLd({
			name: '</script><script>alert(1)</script>',
			url: 'https://example.org/',
			description: '<!-- a & b -->',
		});
		const json = serializeJsonLd(data);
		expect(json).not.toMatch(/<\/|<!--|</);
		expect(JSON.parse(json)).toEqual(data);
	});
});
