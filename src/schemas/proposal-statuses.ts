/**
 * Where a proposal's design stands. The words are those of Kubernetes enhancement proposals' `status`; the
 * meanings are adapted to a working group, which explores designs but cannot accept a Kubernetes change.
 * Free of zod, so pages can label them without loading the schema.
 */
export const proposalStatuses = [
	'provisional',
	'implementable',
	'implemented',
	'deferred',
	'rejected',
	'withdrawn',
	'replaced',
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalStatusMeanings: Record<ProposalStatus, string> = {
	provisional:
		'The working group agrees the problem is worth exploring; the design is a sketch open to change.',
	implementable: 'The design is agreed enough to build a prototype.',
	implemented: 'A prototype or upstream change carries the design.',
	deferred: 'Set aside for now; the problem remains.',
	rejected: 'The working group decided not to pursue it.',
	withdrawn: 'Its authors withdrew it.',
	replaced: 'Another proposal took its place.',
};
