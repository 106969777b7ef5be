import { z } from 'astro/zod';
import { source } from './common.ts';
import { pageFields } from './page.ts';

/**
 * The charter's focus areas, one guidance page each, in reading order. `overview` introduces the field and
 * `metrics` is the charter's planning bullet; the rest name the charter's focus areas and integrations.
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
export type Area = keyof typeof areas;
export const areaIds = Object.keys(areas) as [Area, ...Area[]];

/** Guidance pages live under guidance/ and add the focus area they serve and the primary sources they cite. */
export const guidanceSchema = z.strictObject({
	...pageFields,
	area: z.enum(areaIds),
	sources: z.array(source).min(1, { error: 'expected at least one source (title and https url)' }),
});
export type GuidanceFrontmatter = z.infer<typeof guidanceSchema>;

export function isGuidance(data: object): data is GuidanceFrontmatter {
	return 'area' in data && typeof data.area === 'string';
}

/** Guidance pages are recognised by their folder, so a contributor cannot drop one elsewhere by mistake. */
export function isGuidancePath(pathInDocs: string): boolean {
	return pathInDocs.startsWith('guidance/');
}
