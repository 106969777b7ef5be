import type { LandscapeEntry, LandscapeField } from '#src/schemas/landscape.ts';

/** How each landscape field is named for readers, and which group it belongs to on an OS page. */
export const fieldLabels: Record<LandscapeField, string> = {
	homepage: 'Homepage',
	repository: 'Repository',
	steward: 'Maintainer / steward',
	license: 'License',
	cncfStatus: 'CNCF status',
	lifecycle: 'Lifecycle',
	endOfLife: 'End of life',
	base: 'Base',
	init: 'Init system',
	runtimes: 'Container runtimes shipped',
	packageManager: 'Package manager',
	access: 'Shell and SSH access',
	architectures: 'Architectures',
	updateModel: 'Update model',
	updateOrchestration: 'Update orchestration',
	rollback: 'Rollback',
	configuration: 'Configuration',
	readOnlyRoot: 'Read-only root',
	verity: 'dm-verity or equivalent',
	mac: 'SELinux / AppArmor',
	secureBoot: 'Secure Boot',
	measuredBoot: 'Measured boot / TPM',
	diskEncryption: 'Disk encryption',
	releaseCadence: 'Release cadence',
	lts: 'LTS channel',
	ltsMonths: 'LTS support (months)',
	kubernetesVersions: 'Kubernetes versions',
	capiBootstrap: 'Cluster API bootstrap provider',
	wasm: 'WASM runtime',
	orchestrators: 'Orchestrators',
};

export const fieldGroups: { title: string; fields: LandscapeField[] }[] = [
	{
		title: 'Identity',
		fields: [
			'homepage',
			'repository',
			'steward',
			'license',
			'cncfStatus',
			'lifecycle',
			'endOfLife',
			'base',
		],
	},
	{ title: 'System', fields: ['init', 'runtimes', 'packageManager', 'access', 'architectures'] },
	{
		title: 'Lifecycle',
		fields: ['updateModel', 'updateOrchestration', 'rollback', 'configuration'],
	},
	{
		title: 'Security',
		fields: ['readOnlyRoot', 'verity', 'mac', 'secureBoot', 'measuredBoot', 'diskEncryption'],
	},
	{ title: 'Support', fields: ['releaseCadence', 'lts', 'ltsMonths', 'kubernetesVersions'] },
	{ title: 'Ecosystem', fields: ['capiBootstrap', 'wasm', 'orchestrators'] },
];

/** Readable names for enum values; anything not listed is shown as written. */
const valueLabels: Record<string, string> = {
	'ab-partitions': 'A/B partitions',
	ostree: 'OSTree',
	'transactional-snapshots': 'Transactional snapshots',
	'image-swap': 'Image swap',
	'package-based': 'Package-based',
	snap: 'Snaps',
	'selinux-enforcing': 'SELinux enforcing',
	'selinux-permissive': 'SELinux permissive',
	apparmor: 'AppArmor',
	'host-container': 'Via host container',
	'api-only': 'API only, no shell',
	ssh: 'Shell over SSH',
	'end-of-life': 'End of life',
	active: 'Active',
	maintenance: 'Maintenance only',
	sandbox: 'Sandbox',
	incubating: 'Incubating',
	graduated: 'Graduated',
	automatic: 'Automatic',
	manual: 'Manual',
	available: 'Available',
	ignition: 'Ignition',
	combustion: 'Combustion',
	other: 'Other',
	'api-settings': 'API settings',
	'machine-config': 'Machine config',
	'cloud-init': 'cloud-init',
	'cloud-config': 'cloud-config',
	'config-json': 'config.json',
	'gadget-snap': 'Gadget snap',
	'not-available': 'Not available',
	yes: 'Yes',
	no: 'No',
	partial: 'Partial',
	none: 'None',
	unknown: 'Unknown',
};

/** A field's value as text: lists joined, enums named, an empty list read as "none documented". */
export function displayValue(value: LandscapeEntry[LandscapeField]): string {
	if (value === undefined) return '';
	if (Array.isArray(value))
		return value.length === 0
			? 'None documented'
			: value.map((item) => valueLabels[item] ?? item).join(', ');
	if (typeof value === 'number') return String(value);
	return valueLabels[value] ?? value;
}

/** Whether an entry documents a Cluster API bootstrap provider, for filtering. */
export function capiSupport(entry: LandscapeEntry): 'provider' | 'none' | 'unknown' {
	if (entry.capiBootstrap === 'unknown') return 'unknown';
	return /^none\b/i.test(entry.capiBootstrap) ? 'none' : 'provider';
}
