import { describe, expect, it } from 'vitest';
import { positionsPerFile } from '#src/integrations/search-index-chunks.ts';

describe('search index file size', () => {
	it('is small for a site of this size and larger from 500 docs pages, where the range list dominates', () => {
		expect(positionsPerFile(18)).toBe(300);
		expect(positionsPerFile(499)).toBe(300);
		expect(positionsPerFile(500)).toBe(800);
		expect(positionsPerFile(1000)).toBe(800);
	});
});
