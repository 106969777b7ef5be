import { z } from 'astro/zod';
import { calendarDate, githubHandle, kebabCase } from './common.ts';
import { pageStatuses } from './page-statuses.ts';

/** Frontmatter every page of the docs collection carries, on top of Starlight's own fields. */
export const pageFields = {
	title: z.string().min(3),
	description: z.string().min(20).max(160, {
		error: 'expected at most 160 characters (search engines cut longer descriptions)',
	}),
	status: z.enum(pageStatuses),
	lastReviewed: calendarDate,
	owners: z.array(githubHandle).default([]),
	tags: z.array(kebabCase).default([]),
};

/** A page that is not guidance: the charter, the home page, how to take part. */
export const pageSchema = z.strictObject(pageFields);
export type PageFrontmatter = z.infer<typeof pageSchema>;
