import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe('CITATION.cff', () => {
	const cff = parse(readFileSync('CITATION.cff', 'utf8'));

	it('has the fields CFF 1.2.0 requires, and describes the site as software', () => {
		expect(cff).toMatchObject({ 'cff-version': '1.2.0', type: 'software', license: 'Apache-2.0' });
		for (const field of ['message', 'title', 'abstract']) expect(typeof cff[field]).toBe('string');
		expect(cff['repository-code']).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
	});

	it('names no invented people: the authors are the contributors as an entity', () => {
		expect(cff.authors).toEqual([{ name: 'wg-sp-os website contributors' }]);
	});
});
