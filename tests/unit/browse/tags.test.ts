import { describe, expect, it } from 'vitest';
import { pagesByTag, tagLabel } from '#src/browse/tags.ts';

describe('tags', () => {
	it('groups pages under each of their tags, tags in alphabetical order and pages in the order given', () => {
		const first = { title: 'first', tags: ['wasm', 'containerd'] };
		const second = { title: 'second', tags: ['containerd'] };
		expect([...pagesByTag([first, second])]).toEqual([
			['containerd', [first, second]],
			['wasm', [first]],
		]);
	});

	it('reads a tag as words', () => {
		expect(tagLabel('ab-partitions')).toBe('ab partitions');
	});
});
