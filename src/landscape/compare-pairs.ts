import { listText } from '#src/lifecycle/describe.ts';

/**
 * The pairs of operating systems that get their own comparison page, /landscape/compare/<a>-vs-<b>/. A pair is
 * derived from the landscape data, never listed by hand, so a new entry gets its pages when its data says it
 * competes with another:
 *
 * - both entries are active: a page that compares an OS that no longer ships answers no "X or Y?" question;
 * - and they share a use case the data records: an orchestrator both name in `orchestrators` (the same managed
 *   cloud service, such as AKS, or the same distribution, such as k3s), or both publish 32-bit Arm images, which
 *   only the OSs made for embedded and edge devices do.
 *
 * Pairs that only share a CPU architecture, a base or an update model are left out: that is a shared property,
 * not a shared decision, and every pair would qualify.
 */
export interface PairCandidate {
	id: string;
	lifecycle: string;
	orchestrators: readonly string[] | 'unknown';
	architectures: readonly string[] | 'unknown';
}

export interface ComparePair {
	/** The two ids in alphabetical order, as the address names them. */
	ids: readonly [string, string];
	/** The page's path segment, `<a>-vs-<b>`. */
	slug: string;
	/** What the two have in common that makes the pair, as short phrases ("both run Kubernetes and ECS"). */
	shared: string[];
}

const edgeArchitectures = ['armv7', 'armv6'];

/** `a-vs-b` with the two ids in alphabetical order, whichever order they are given in. */
export function pairSlug(first: string, second: string): string {
	return [first, second].sort().join('-vs-');
}

/** What two entries share that makes them a pair; empty when they are no pair. */
export function sharedUseCases(a: PairCandidate, b: PairCandidate): string[] {
	if (a.lifecycle !== 'active' || b.lifecycle !== 'active') return [];
	const listOf = (value: readonly string[] | 'unknown') => (value === 'unknown' ? [] : value);
	const orchestratorsOfB = new Set(listOf(b.orchestrators).map((name) => name.toLowerCase()));
	const orchestrators = listOf(a.orchestrators).filter((name) =>
		orchestratorsOfB.has(name.toLowerCase())
	);
	const edge = [a, b].every((os) =>
		listOf(os.architectures).some((architecture) => edgeArchitectures.includes(architecture))
	);
	return [
		...(orchestrators.length > 0 ? [`both run ${listText(orchestrators)}`] : []),
		...(edge ? ['both publish 32-bit Arm images for embedded and edge devices'] : []),
	];
}

/** Every pair among the entries, ordered by address. */
export function comparePairs(systems: readonly PairCandidate[]): ComparePair[] {
	const sorted = [...systems].sort((a, b) => a.id.localeCompare(b.id, 'en'));
	return sorted
		.flatMap((a, index) =>
			sorted.slice(index + 1).flatMap((b): ComparePair[] => {
				const shared = sharedUseCases(a, b);
				return shared.length > 0 ? [{ ids: [a.id, b.id], slug: pairSlug(a.id, b.id), shared }] : [];
			})
		)
		.sort((a, b) => a.slug.localeCompare(b.slug, 'en'));
}

/** The pairs one entry is part of, each with the other entry's id. */
export function pairsWith(
	pairs: readonly ComparePair[],
	id: string
): { pair: ComparePair; other: string }[] {
	return pairs.flatMap((pair) => {
		const [a, b] = pair.ids;
		if (a === id) return [{ pair, other: b }];
		if (b === id) return [{ pair, other: a }];
		return [];
	});
}

/** "Bottlerocket vs Flatcar Container Linux", in the pair's order. */
export function pairTitle(pair: ComparePair, nameOf: (id: string) => string): string {
	return pair.ids.map(nameOf).join(' vs ');
}
