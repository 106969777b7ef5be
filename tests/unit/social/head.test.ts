import { describe, expect, it } from 'vitest';
import { jsonLdEntry, withSocialTags } from '#src/social/head.ts';

const starlightHead = [
	{ tag: 'title' as const, content: 'Page | Site' },
	{ tag: 'meta' as const, attrs: { property: 'og:type', content: 'article' }, content: '' },
	{
		tag: 'meta' as const,
		attrs: { name: 'twitter:card', content: 'summary_large_image' },
		content: '',
	},
];
const card = {
	image: 'https://example.org/og/index.png',
	alt: 'Home: Site',
	title: 'Site',
	description: 'About the site.',
};
const valueOf = (head: ReturnType<typeof withSocialTags>, key: string) =>
	head
		.filter((entry) => entry.attrs?.['property'] === key || entry.attrs?.['name'] === key)
		.map((entry) => entry.attrs?.['content']);

describe('social head tags', () => {
	it("adds the card image for Open Graph and Twitter/X and keeps Starlight's own tags", () => {
		const head = withSocialTags(starlightHead, card, { isHome: false });
		expect(valueOf(head, 'og:image')).toEqual([card.image]);
		expect(valueOf(head, 'twitter:image')).toEqual([card.image]);
		expect(valueOf(head, 'og:image:alt')).toEqual([card.alt]);
		expect(valueOf(head, 'og:type')).toEqual(['article']);
		expect(valueOf(head, 'twitter:card')).toEqual(['summary_large_image']);
		expect(head[0]).toEqual(starlightHead[0]);
	});

	it("makes the home page a website, replacing Starlight's article rather than adding a second og:type", () => {
		expect(valueOf(withSocialTags(starlightHead, card, { isHome: true }), 'og:type')).toEqual([
			'website',
		]);
	});

	it('writes JSON-LD as a data block, not as a script to run', () => {
		expect(jsonLdEntry('{}')).toEqual({
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content: '{}',
		});
	});
});
