import type { LandscapeOs } from '#src/schemas/landscape.ts';

const lifecycleRank = { active: 0, maintenance: 1, 'end-of-life': 2 } as const;

/** The landscape's reading order: active OSs first, then in maintenance, then ended; by name within each. */
export function landscapeOrder(a: LandscapeOs, b: LandscapeOs): number {
	return (
		lifecycleRank[a.lifecycle] - lifecycleRank[b.lifecycle] || a.name.localeCompare(b.name, 'en')
	);
}
