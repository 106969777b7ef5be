import { z } from 'astro/zod';
import { requirements } from '#src/landscape/requirements.ts';
import { areaIds } from './guidance.ts';
import { calendarDate, httpsUrl } from './common.ts';

const requirementIds = requirements.map((requirement) => requirement.id) as [string, ...string[]];

/**
 * The working group's paragraphs on the landscape's gaps (content/gaps.yaml), keyed by requirement id
 * (src/landscape/requirements.ts). Which capabilities are gaps is computed from the landscape at every build;
 * these paragraphs only say why a gap matters and what a project could do, each with its sources.
 */
export const gapNotesSchema = z.strictObject({
	lastReviewed: calendarDate,
	notes: z.partialRecord(
		z.enum(requirementIds),
		z.strictObject({
			text: z.string().min(80).max(900),
			sources: z.array(z.strictObject({ title: z.string().min(3), url: httpsUrl })).min(1),
			/** Guidance pages that take the topic further. */
			guidance: z.array(z.enum(areaIds)).optional(),
		})
	),
});
export type GapNotes = z.infer<typeof gapNotesSchema>;
