import { z } from 'astro/zod';
import { source } from './common.ts';
import { areaIds } from './guidance.ts';
import { pageFields } from './page.ts';
import { proposalStatuses } from './proposal-statuses.ts';

/**
 * Proposals are the working group's design documents, shaped like Kubernetes enhancement proposals. `status`
 * stays the page's review state; `proposalStatus` is where the design stands, in KEP terms.
 */
export const proposalSchema = z.strictObject({
	...pageFields,
	/** The focus area that owns the proposal. */
	area: z.enum(areaIds),
	proposalStatus: z.enum(proposalStatuses),
	/** The focus areas whose guidance pages the proposal extends; each page links back. */
	related: z.array(z.enum(areaIds)).min(1, { error: 'expected at least one related focus area' }),
	sources: z.array(source).min(1, { error: 'expected at least one source (title and https url)' }),
});
export type ProposalFrontmatter = z.infer<typeof proposalSchema>;

export function isProposal(data: object): data is ProposalFrontmatter {
	return 'proposalStatus' in data && typeof data.proposalStatus === 'string';
}

/** Proposals are recognised by their folder, like guidance pages. */
export function isProposalPath(pathInDocs: string): boolean {
	return pathInDocs.startsWith('proposals/');
}
