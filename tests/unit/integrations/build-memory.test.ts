import { describe, expect, it } from 'vitest';
import { orderProblem } from '#src/integrations/build-memory.ts';

describe('build memory integration order', () => {
	it('accepts the collection listed before Starlight', () => {
		expect(orderProblem(['wg-sp-os:build-memory', 'x', '@astrojs/starlight'])).toBeUndefined();
	});

	it('names the fix when Starlight would build the search index first', () => {
		expect(orderProblem(['@astrojs/starlight', 'wg-sp-os:build-memory'])).toMatch(
			/buildMemory\(\) must come before starlight\(\)/
		);
	});
});
