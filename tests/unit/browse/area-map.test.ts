import { describe, expect, it } from 'vitest';
import { linksOf } from '#src/browse/area-map.ts';
import { areaIds, type Area } from '#src/schemas/guidance.ts';

describe('area map', () => {
	it('gives every charter area keywords for whitepaper sections', () => {
		for (const area of areaIds)
			expect(linksOf(area).sectionKeywords.length, area).toBeGreaterThan(0);
	});

	it('gives an area it does not know yet nothing, so a new area still builds', () => {
		expect(linksOf('new-area' as Area)).toEqual({ landscapeFields: [], sectionKeywords: [] });
	});
});
