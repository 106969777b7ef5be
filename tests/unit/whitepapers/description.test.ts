import { describe, expect, it } from 'vitest';
import { shortDescription } from '#src/whitepapers/description.ts';

describe('shortDescription', () => {
	it('keeps a short text as it is, with whitespace collapsed', () => {
		expect(shortDescription('A short\n  abstract.')).toBe('A short abstract.');
	});

	it('cuts a long text at the last whole sentence that fits', () => {
		const text = `${'First sentence is long enough here. '.repeat(3)}${'word '.repeat(40)}`;
		const cut = shortDescription(text, 120);
		expect(cut).toBe(
			'First sentence is long enough here. First sentence is long enough here. First sentence is long enough here.'
		);
	});

	it('cuts at a word and marks the cut when no sentence ends in the first half', () => {
		const cut = shortDescription('word '.repeat(60), 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut).toMatch(/word…$/);
	});
});
