/**
 * The charter's focus areas, one guidance page each, in reading order. `overview` introduces the field and
 * `metrics` is the charter's planning bullet; the rest name the charter's focus areas and integrations.
 *
 * Kept free of zod, like the other value lists in this folder, because the search in the browser lists the
 * areas as a facet: importing them from guidance.ts would ship the whole schema library to every reader.
 */
export const areas = {
	overview: 'What a container OS is',
	'lifecycle-configuration': 'Lifecycle and configuration management',
	'resource-utilization': 'Resource utilization',
	upgrades: 'Upgrade scenarios',
	lts: 'Long Term Support constraints',
	'runtime-compatibility': 'Compatibility with container runtimes',
	'orchestrator-integration': 'Orchestrator integration',
	security: 'Security',
	'monitoring-agents': 'Monitoring and management agents',
	wasm: 'WASM and beyond',
	'cluster-api': 'Cluster API integration',
	edge: 'Edge',
	metrics: 'Metrics',
} as const;
