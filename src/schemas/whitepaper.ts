import { z } from 'astro/zod';
import { calendarDate, githubHandle, kebabCase } from './common.ts';

export const whitepaperStatuses = ['draft', 'community-review', 'published', 'superseded'] as const;

const semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, {
	error: 'expected a version such as 1.0.0 (quote it in YAML)',
});
const person = z.strictObject({
	name: z.string().min(2),
	affiliation: z.string().optional(),
	github: githubHandle.optional(),
	/** A group or organisation rather than a person: cited by its full name, never split into family and given names. */
	entity: z.boolean().optional(),
});

export const whitepaperSchema = z
	.strictObject({
		title: z.string().min(10),
		subtitle: z.string().optional(),
		abstract: z.string().min(100).max(1200),
		status: z.enum(whitepaperStatuses),
		version: semver,
		published: calendarDate,
		updated: calendarDate,
		authors: z.array(person).min(1),
		reviewers: z.array(person).default([]),
		/** The short link `/wp/<shortName>` printed on slides. */
		shortName: kebabCase,
		license: z.string().default('CC-BY-4.0'),
		keywords: z.array(z.string()).default([]),
		supersedes: kebabCase.optional(),
		supersededBy: kebabCase.optional(),
		history: z
			.array(z.strictObject({ version: semver, date: calendarDate, summary: z.string().min(5) }))
			.min(1),
	})
	.superRefine((paper, context) => {
		if (paper.updated < paper.published) {
			context.addIssue({
				code: 'custom',
				path: ['updated'],
				input: paper.updated,
				message: `expected a date on or after published (${paper.published})`,
			});
		}
		if (!paper.history.some((entry) => entry.version === paper.version)) {
			context.addIssue({
				code: 'custom',
				path: ['history'],
				input: paper.history,
				message: `expected an entry for the current version ${paper.version}`,
			});
		}
	});
export type Whitepaper = z.infer<typeof whitepaperSchema>;
