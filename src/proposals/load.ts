import { getCollection } from 'astro:content';
import { pathWithBase } from '#src/base-path.ts';
import { isProposal, type ProposalFrontmatter } from '#src/schemas/proposal.ts';

export interface ProposalPage {
	/** The docs entry id, which is also the page's path inside the site. */
	id: string;
	href: string;
	data: ProposalFrontmatter;
}

/** The working group's proposals, newest review first. */
export async function loadProposals(): Promise<ProposalPage[]> {
	const entries = await getCollection('docs', (entry) => entry.id.startsWith('proposals/'));
	return entries
		.flatMap(({ id, data }) =>
			isProposal(data) ? [{ id, href: pathWithBase(`/${id}/`), data }] : []
		)
		.sort(
			(a, b) =>
				b.data.lastReviewed.localeCompare(a.data.lastReviewed) ||
				a.data.title.localeCompare(b.data.title, 'en')
		);
}
