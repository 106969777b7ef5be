import { describe, expect, it } from 'vitest';
import {
	relatedPages,
	relatedScore,
	relatedWeights,
	withGlossaryTags,
	type TopicPage,
} from '#src/browse/related.ts';

const page = (href: string, tags: string[], area?: string): TopicPage => ({
	href,
	title: href.replace(/\//g, ' ').trim(),
	tags,
	area,
});

const upgrades = page('/guidance/upgrades/', ['upgrades', 'rollback', 'ab-partitions'], 'upgrades');
const edge = page('/guidance/edge/', ['edge', 'rollback', 'upgrades'], 'edge');
const lts = page('/guidance/lts/', ['lts', 'kubernetes'], 'lts');
const glossary = page('/glossary/', ['glossary']);
const charter = page('/charter/', ['charter', 'rollback']);

describe('related pages', () => {
	it("scores a shared area above one page naming the other's area as a tag, above each shared tag", () => {
		expect(relatedScore(upgrades, page('/areas/upgrades/', [], 'upgrades'))).toBe(
			relatedWeights.sameArea
		);
		// edge carries the tag "upgrades" (upgrades' area) and shares the tags rollback and upgrades.
		expect(relatedScore(upgrades, edge)).toBe(
			relatedWeights.areaAsTag + 2 * relatedWeights.sharedTag
		);
		expect(relatedScore(edge, upgrades)).toBe(relatedScore(upgrades, edge));
		expect(relatedScore(upgrades, charter)).toBe(relatedWeights.sharedTag);
		expect(relatedScore(upgrades, lts)).toBe(0);
	});

	it('lists the best matches first, leaves out the page itself and pages sharing nothing', () => {
		expect(relatedPages(upgrades, [charter, lts, upgrades, glossary, edge])).toEqual([
			edge,
			charter,
		]);
	});

	it('breaks ties in favour of guidance, then by title, and stops at the limit', () => {
		const tagged = (href: string, area?: string) => page(href, ['shared'], area);
		const candidates = [tagged('/b/'), tagged('/a/'), tagged('/z/', 'security'), tagged('/c/')];
		expect(
			relatedPages(page('/self/', ['shared']), candidates, 3).map((candidate) => candidate.href)
		).toEqual(['/z/', '/a/', '/b/']);
	});
});

describe('glossary tags', () => {
	const terms = [
		{ slug: 'a-b-partitions', guidance: ['upgrades', 'lts', 'edge'] },
		{ slug: 'ostree', guidance: ['upgrades'] },
		{ slug: 'sbom' },
	];

	it('tags a guidance page with the glossary terms of its area, so areas sharing terms become related', () => {
		expect(withGlossaryTags(upgrades, terms).tags).toEqual([
			...upgrades.tags,
			'glossary:a-b-partitions',
			'glossary:ostree',
		]);
		expect(relatedScore(withGlossaryTags(lts, terms), withGlossaryTags(upgrades, terms))).toBe(
			relatedWeights.sharedTag
		);
	});

	it('leaves pages without an area as they are', () => {
		expect(withGlossaryTags(glossary, terms)).toBe(glossary);
	});
});
