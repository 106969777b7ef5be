import { getCollection } from 'astro:content';
import { pathWithBase } from '#src/base-path.ts';
import { isProposal, type ProposalFrontmatter } from '#src/schemas/proposal.ts';

export interface ProposalPage {
	href: string;
	data: ProposalFrontmatter;
}

/** The working group's proposals, newest review first. */
export async function loadProposals(): Promise<ProposalPage[]> {
	const entries = await getCollection('docs', (entry) => entry.id.startsWith('proposals/'));
	return entries
		.flatMap(({ id, data }) => (isProposal(data) ? [{ href: pathWithBase(`/${id}/`), data }] : []))
		.sort(
			(a, b) =>
				b.data.lastReviewed.localeCompare(a.data.lastReviewed) ||
				a.data.title.localeCompare(b.data.title, 'en')
		);
}
