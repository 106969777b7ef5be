import type { Area } from '#src/schemas/guidance.ts';
import type { LandscapeField } from '#src/schemas/landscape-fields.ts';

/**
 * What each focus area draws from the rest of the site, in one place so the area pages stay consistent:
 * the landscape fields that state facts about the area, and the words that mark a whitepaper section as being
 * about it. The keyword lists are a hand-made heuristic over section headings (matched case-insensitively as
 * substrings), not a classification the whitepapers declare; adjust them when a whitepaper adds sections.
 */
interface AreaLinks {
	landscapeFields: LandscapeField[];
	sectionKeywords: string[];
}

const areaLinks: Partial<Record<Area, AreaLinks>> = {
	overview: {
		landscapeFields: ['base', 'access', 'updateModel', 'lifecycle'],
		sectionKeywords: [
			'what a container operating system is',
			'history',
			'general-purpose',
			'landscape today',
			'adoption',
			'when a container os fits',
		],
	},
	'lifecycle-configuration': {
		landscapeFields: ['configuration'],
		sectionKeywords: ['configuration', 'declarative', 'migration'],
	},
	'resource-utilization': {
		landscapeFields: [],
		sectionKeywords: ['minimal surface', 'footprint'],
	},
	upgrades: {
		landscapeFields: ['updateModel', 'rollback', 'updateOrchestration'],
		sectionKeywords: ['update', 'upgrade', 'rollback'],
	},
	lts: {
		landscapeFields: ['lts', 'ltsMonths', 'kubernetesVersions'],
		sectionKeywords: [
			'support',
			'lts',
			'longterm',
			'calendar',
			'interlocking',
			'skew',
			'api-removal',
		],
	},
	'runtime-compatibility': {
		landscapeFields: ['runtimes'],
		sectionKeywords: ['container runtime', 'containerd', 'cgroup'],
	},
	'orchestrator-integration': {
		landscapeFields: ['orchestrators'],
		sectionKeywords: ['orchestrat', 'kubernetes nodes'],
	},
	security: {
		landscapeFields: [
			'readOnlyRoot',
			'verity',
			'mac',
			'secureBoot',
			'measuredBoot',
			'diskEncryption',
		],
		sectionKeywords: ['security', 'immutable', 'read-only'],
	},
	'monitoring-agents': {
		landscapeFields: ['access'],
		sectionKeywords: ['agents', 'debuggability', 'kernel modules'],
	},
	wasm: { landscapeFields: ['wasm'], sectionKeywords: ['wasm', 'webassembly'] },
	'cluster-api': { landscapeFields: ['capiBootstrap'], sectionKeywords: ['cluster api'] },
	edge: { landscapeFields: ['architectures'], sectionKeywords: ['edge'] },
	metrics: { landscapeFields: [], sectionKeywords: ['metric', 'measur'] },
};

/** What an area draws from the rest of the site; an area added since (e.g. by `npm run new`) draws nothing yet. */
export function linksOf(area: Area): AreaLinks {
	return areaLinks[area] ?? { landscapeFields: [], sectionKeywords: [] };
}
