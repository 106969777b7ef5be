import { describe, expect, it } from 'vitest';
import { positionsPerFile } from '#src/integrations/search-index-chunks.ts';

describe('search index file size', () => {
	it('grows with the site, as the list of file ranges comes to outweigh the file a query loads', () => {
		expect(positionsPerFile(18)).toBe(300);
		expect(positionsPerFile(499)).toBe(300);
		expect(positionsPerFile(500)).toBe(6400);
		expect(positionsPerFile(1000)).toBe(6400);
		expect(positionsPerFile(3000)).toBe(6400);
	});
});
