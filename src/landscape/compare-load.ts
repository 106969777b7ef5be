import { getCollection } from 'astro:content';
import { loadLandscape } from '#src/landscape/load.ts';
import type { IsoDate } from '#src/lifecycle/dates.ts';
import { osWarnings, type ShippedWarning } from '#src/lifecycle/shipped-warnings.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';
import { currentLines, type CurrentLine } from './compare-lifecycle.ts';
import { comparePairs, type ComparePair } from './compare-pairs.ts';

/**
 * One OS as a comparison shows it: its landscape entry, its current release lines where the lifecycle data
 * has the OS, and the warnings computed from what its streams ship where it has a releases file. `undefined`
 * says the data has no such file, which the page tells apart from "no current line" and "no warning".
 */
export interface ComparedOs {
	os: LandscapeOs;
	lines: CurrentLine[] | undefined;
	warnings: ShippedWarning[] | undefined;
}

export async function loadComparison(
	today: IsoDate
): Promise<{ systems: ComparedOs[]; pairs: ComparePair[] }> {
	const [landscape, products, releases] = await Promise.all([
		loadLandscape(),
		getCollection('lifecycles'),
		getCollection('releases'),
	]);
	const systems = landscape.map((os): ComparedOs => {
		const product = products.find((entry) => entry.id === os.id && entry.data.kind === 'os');
		const file = releases.find((entry) => entry.id === os.id);
		return {
			os,
			lines: product ? currentLines(product, today) : undefined,
			warnings: file
				? osWarnings(os.name, file, products, today).flatMap((stream) => stream.warnings)
				: undefined,
		};
	});
	return { systems, pairs: comparePairs(landscape) };
}

/** The entries of a pair, in the pair's (alphabetical) order. */
export function systemsOfPair(
	systems: readonly ComparedOs[],
	pair: ComparePair
): [ComparedOs, ComparedOs] {
	const [a, b] = pair.ids.map((id) => systems.find((system) => system.os.id === id));
	if (!a || !b) throw new Error(`compare pair ${pair.slug} names an OS the landscape lacks`);
	return [a, b];
}
