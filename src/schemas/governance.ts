import { z } from 'astro/zod';
import { calendarDate, githubHandle, httpsUrl } from './common.ts';

export const governanceRoles = {
	'tag-liaison': 'TAG liaison',
	'toc-liaison': 'TOC liaison',
	chair: 'Chair',
	'technical-lead': 'Technical lead',
	reviewer: 'Reviewer and contributor of the charter',
} as const;

/** Who holds the working group's roles, only as public sources state it, with the date it was last checked. */
export const governanceSchema = z.strictObject({
	lastChecked: calendarDate,
	note: z.string().min(20),
	roles: z.array(
		z.strictObject({
			role: z.enum(Object.keys(governanceRoles) as [keyof typeof governanceRoles]),
			name: z.string().min(2),
			github: githubHandle.optional(),
			source: httpsUrl,
			since: calendarDate.optional(),
			notes: z.string().optional(),
		})
	),
});
export type Governance = z.infer<typeof governanceSchema>;
