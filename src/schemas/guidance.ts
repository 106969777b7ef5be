import { z } from 'astro/zod';
import { areas } from './areas.ts';
import { source } from './common.ts';
import { pageFields } from './page.ts';

export type Area = keyof typeof areas;
export const areaIds = Object.keys(areas) as [Area, ...Area[]];

/** Guidance pages live under guidance/ and add the focus area they serve and the primary sources they cite. */
export const guidanceSchema = z.strictObject({
	...pageFields,
	area: z.enum(areaIds),
	sources: z.array(source).min(1, { error: 'expected at least one source (title and https url)' }),
});
export type GuidanceFrontmatter = z.infer<typeof guidanceSchema>;

/** Proposals name a focus area too; they are told apart by their `proposalStatus`. */
export function isGuidance(data: object): data is GuidanceFrontmatter {
	return 'area' in data && typeof data.area === 'string' && !('proposalStatus' in data);
}

/** Guidance pages are recognised by their folder, so a contributor cannot drop one elsewhere by mistake. */
export function isGuidancePath(pathInDocs: string): boolean {
	return pathInDocs.startsWith('guidance/');
}
