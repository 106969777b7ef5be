import { z } from 'astro/zod';
import { calendarDate, source } from './common.ts';
import { areaIds } from './guidance.ts';

/** What an update is news of: the container OS landscape, the working group itself, or a release that matters to nodes. */
export const updateKinds = {
	landscape: 'Landscape',
	'working-group': 'Working group',
	release: 'Release',
} as const;
export type UpdateKind = keyof typeof updateKinds;

/**
 * One dated piece of ecosystem news, in content/updates/<date>-<slug>.md. The summary is what the feed and the
 * index show; every update names at least one primary source, so a reader can check it.
 */
export const updateSchema = z.strictObject({
	title: z.string().min(10).max(120),
	date: calendarDate,
	summary: z.string().min(40).max(400),
	kind: z.enum(Object.keys(updateKinds) as [UpdateKind, ...UpdateKind[]]),
	sources: z.array(source).min(1, { error: 'expected at least one source (title and https url)' }),
	/** Focus areas the news bears on; their area pages link back to it. */
	areas: z.array(z.enum(areaIds)).optional(),
});
export type Update = z.infer<typeof updateSchema>;
