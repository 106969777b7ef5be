import { z } from 'astro/zod';
import { calendarDate, kebabCase } from './common.ts';
import { landscapeSchema } from './landscape.ts';
import { lifecycleSchema } from './lifecycle.ts';
import { osReleasesSchema } from './releases.ts';

/**
 * The data a published paper version was written with, stored beside it as
 * content/whitepapers/<slug>/data/<version>.json (written by `npm run paper:freeze`). Each entry is checked with
 * the same schema as its file in content/, so a snapshot that no longer fits the schemas is reported by
 * `npm run check` with its file, line and field, like any other content.
 */
export const paperDataSnapshotSchema = z.strictObject({
	/** The day the data stands for: the paper's computed dates and "today" lines are drawn at this day. */
	asOf: calendarDate,
	/** Where the data was read: the repository commit of content/, so anyone can check the snapshot against it. */
	takenFrom: z.strictObject({
		commit: z.string().regex(/^[\da-f]{7,40}$/, { error: 'expected a git commit id (hex)' }),
		/** Why this commit, when it is not simply the one the version was frozen at. */
		note: z.string().min(5).optional(),
	}),
	/** Only the collections, and only the entries, the paper uses; each keyed by its file name in content/. */
	lifecycles: z.record(kebabCase, lifecycleSchema).optional(),
	landscape: z.record(kebabCase, landscapeSchema).optional(),
	releases: z.record(kebabCase, osReleasesSchema).optional(),
});
export type PaperDataSnapshot = z.output<typeof paperDataSnapshotSchema>;

/** The collections a snapshot can hold, named as in content/ and src/collections.ts. */
export const snapshotCollections = ['lifecycles', 'landscape', 'releases'] as const;
export type SnapshotCollection = (typeof snapshotCollections)[number];
