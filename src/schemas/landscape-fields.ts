import { z } from 'astro/zod';
import { calendarDate, httpsUrl } from './common.ts';

/**
 * Every field of a landscape entry, one record each: its schema, how readers see it (label, group on the OS
 * page, column and filter of the matrix) and what each of its values means. The entry schema, the OS page, the
 * matrix, the exports and the `npm run new` template are all derived from this list, so adding a field means
 * adding its record here and its value to the entries that have one.
 *
 * Every value is a fact or the literal `unknown`. A field marked `optional` may be left out of an entry, which
 * reads as `unknown`; the others must be written in every entry, so a contributor states what is unknown.
 */

/** Sections of an OS page, in reading order. */
export const fieldGroups = {
	identity: 'Identity',
	system: 'System',
	lifecycle: 'Lifecycle',
	security: 'Security',
	support: 'Support',
	ecosystem: 'Ecosystem',
} as const;
export type FieldGroup = keyof typeof fieldGroups;

/** A value of a closed set, as readers see it, and the rule that decides when an entry gets it. */
export interface ValueMeaning {
	label: string;
	/** One sentence that makes the value applicable the same way to every entry. */
	definition: string;
	/**
	 * Why this value's source cannot hold an evidence quote, for a value that states an absence: no sentence
	 * says a project is missing from a list. Its source is then the list itself.
	 */
	unquotable?: string;
}

interface Descriptor<Schema extends z.ZodType> {
	schema: Schema;
	label: string;
	group: FieldGroup;
	/** What the field records, for readers of the OS page and the value legend. */
	meaning: string;
	/** The values of a closed set, in the order filters list them. */
	values?: Record<string, ValueMeaning>;
	/** Position among the matrix's columns (1 is first); no column when absent. */
	column?: number;
	/** The matrix cell, when it shows more than the value (another field's value beside it). */
	cell?: (entry: EntryValues) => { field: string; text: string } | undefined;
	/** Position among the matrix's filters (1 is first), or a filter on a value derived from the field. */
	filter?: number | DerivedFilter;
	/** May be left out of an entry, which then reads as `unknown`. */
	optional?: boolean;
}

/** An entry's values by field name, as the matrix callbacks read them. */
type EntryValues = Readonly<Record<string, unknown>>;

/** A matrix filter whose choices are not the field's own values, e.g. "has a provider" for free text. */
export interface DerivedFilter {
	position: number;
	/** The URL parameter and data attribute. */
	name: string;
	label: string;
	/** Choice value to its label, in the order the filter lists them. */
	values: Record<string, string>;
	valueOf(entry: EntryValues): string;
}

const unknown = z.literal('unknown');
const text = z.string().min(1);
const unknownMeaning: ValueMeaning = {
	label: 'Unknown',
	definition: 'No primary source we could read states it.',
};

type Values = Record<string, ValueMeaning>;
type Keys<V extends Values> = Extract<keyof V, string>;

const field = <Schema extends z.ZodType>(descriptor: Descriptor<Schema>) => descriptor;
const urlField = (spec: Omit<Descriptor<z.ZodType>, 'schema'>) =>
	field({ ...spec, schema: z.union([httpsUrl, unknown]) });
const textField = (spec: Omit<Descriptor<z.ZodType>, 'schema'>) =>
	field({ ...spec, schema: z.union([text, unknown]) });
const textListField = (spec: Omit<Descriptor<z.ZodType>, 'schema'>) =>
	field({ ...spec, schema: z.union([z.array(text), unknown]) });
const choiceField = <const V extends Values>(
	values: V,
	spec: Omit<Descriptor<z.ZodType>, 'schema' | 'values'>
) =>
	field({
		...spec,
		values: { ...values, unknown: unknownMeaning },
		schema: z.enum(
			Object.keys({ ...values, unknown: unknownMeaning }) as [
				Keys<V> | 'unknown',
				...(Keys<V> | 'unknown')[],
			]
		),
	});
const choiceListField = <const V extends Values>(
	values: V,
	spec: Omit<Descriptor<z.ZodType>, 'schema' | 'values'>
) =>
	field({
		...spec,
		values,
		schema: z.union([
			z.array(z.enum(Object.keys(values) as [Keys<V>, ...Keys<V>[]])).min(1),
			unknown,
		]),
	});
const yesNo = (yes: string, no: string) => ({
	yes: { label: 'Yes', definition: yes },
	no: { label: 'No', definition: no },
});

export const landscapeFieldDescriptors = {
	homepage: urlField({
		label: 'Homepage',
		group: 'identity',
		meaning: "The project's own web site.",
	}),
	repository: urlField({
		label: 'Repository',
		group: 'identity',
		meaning: 'Where the source that builds the OS is published.',
	}),
	steward: textField({
		label: 'Maintainer / steward',
		group: 'identity',
		meaning: 'Who develops and maintains the OS.',
	}),
	license: textField({
		label: 'License',
		group: 'identity',
		meaning: 'The license of the repository that builds the OS.',
	}),
	cncfStatus: choiceField(
		{
			none: {
				label: 'None',
				definition: 'The project is not a CNCF project.',
				unquotable: "It is an absence from the CNCF's list of projects, which is its source.",
			},
			sandbox: { label: 'Sandbox', definition: 'A CNCF project at the Sandbox maturity level.' },
			incubating: {
				label: 'Incubating',
				definition: 'A CNCF project at the Incubating maturity level.',
			},
			graduated: {
				label: 'Graduated',
				definition: 'A CNCF project at the Graduated maturity level.',
			},
		},
		{
			label: 'CNCF status',
			group: 'identity',
			meaning: "The project's maturity level in the CNCF, if it is a CNCF project.",
			column: 2,
			filter: 2,
		}
	),
	lifecycle: field({
		label: 'Lifecycle',
		group: 'identity',
		meaning: 'Whether the project still ships releases.',
		values: {
			active: {
				label: 'Active',
				definition: 'New releases with features and fixes still ship.',
			},
			maintenance: {
				label: 'Maintenance only',
				definition: 'Only fixes still ship; no new features are planned.',
			},
			'end-of-life': {
				label: 'End of life',
				definition: 'No further releases; the maintainers have said so.',
			},
		},
		schema: z.enum(['active', 'maintenance', 'end-of-life']),
		column: 1,
		cell: (entry) =>
			typeof entry['endOfLife'] === 'string'
				? { field: 'endOfLife', text: `End of life ${entry['endOfLife']}` }
				: undefined,
		filter: 5,
	}),
	endOfLife: field({
		schema: calendarDate.optional(),
		label: 'End of life',
		group: 'identity',
		meaning:
			'The day the maintainers ended the project, for entries whose lifecycle is end of life.',
	}),
	base: textField({
		label: 'Base',
		group: 'identity',
		meaning: 'The distribution or build system the OS is derived from.',
	}),
	init: textField({ label: 'Init system', group: 'system', meaning: 'The first process.' }),
	runtimes: textListField({
		label: 'Container runtimes shipped',
		group: 'system',
		meaning: 'The container runtimes in the OS image.',
	}),
	packageManager: textField({
		label: 'Package manager',
		group: 'system',
		meaning: 'How software is added to a running node, if at all.',
	}),
	access: choiceField(
		{
			ssh: {
				label: 'Shell over SSH',
				definition: 'An SSH server gives operators a shell on the host.',
			},
			'host-container': {
				label: 'Via host container',
				definition:
					'No SSH on the host itself; a shell is reached through a privileged container the OS provides.',
			},
			'api-only': {
				label: 'API only, no shell',
				definition: 'No shell at all; the node is managed only through an API.',
			},
		},
		{
			label: 'Shell and SSH access',
			group: 'system',
			meaning: 'How an operator reaches a node by default.',
		}
	),
	architectures: choiceListField(
		{
			x86_64: { label: 'x86_64', definition: '64-bit x86 (amd64) images are published.' },
			aarch64: { label: 'aarch64', definition: '64-bit Arm (arm64) images are published.' },
			armv7: { label: 'armv7', definition: '32-bit Armv7 images are published.' },
			armv6: { label: 'armv6', definition: '32-bit Armv6 images are published.' },
			riscv64: { label: 'riscv64', definition: '64-bit RISC-V images are published.' },
			ppc64le: { label: 'ppc64le', definition: 'Little-endian 64-bit POWER images are published.' },
			s390x: { label: 's390x', definition: 'IBM Z images are published.' },
		},
		{
			label: 'Architectures',
			group: 'system',
			meaning: 'CPU architectures the project publishes images for.',
		}
	),
	updateModel: choiceField(
		{
			'ab-partitions': {
				label: 'A/B partitions',
				definition:
					'Two fixed OS partitions: the inactive one is written with the update and the node boots into it.',
			},
			ostree: {
				label: 'OSTree',
				definition: 'The OS is an OSTree deployment; an update stages a new one beside the old.',
			},
			'transactional-snapshots': {
				label: 'Transactional snapshots',
				definition:
					'Updates go into a new filesystem snapshot that becomes the root at the next boot.',
			},
			'image-swap': {
				label: 'Image swap',
				definition:
					'The whole OS image is replaced by other means than fixed A/B partitions, e.g. a new image file or container image.',
			},
			'package-based': {
				label: 'Package-based',
				definition: 'Packages are updated in place on the running system.',
			},
			snap: { label: 'Snaps', definition: 'The OS is made of snaps, each updated on its own.' },
		},
		{
			label: 'Update model',
			group: 'lifecycle',
			meaning: 'How an update changes the OS on a node.',
			column: 3,
			filter: 1,
		}
	),
	updateOrchestration: textListField({
		label: 'Update orchestration',
		group: 'lifecycle',
		meaning: 'Tools that decide when nodes download updates and reboot.',
	}),
	rollback: choiceField(
		{
			automatic: {
				label: 'Automatic',
				definition:
					'A node that fails to boot or pass its health checks returns to the previous OS by itself.',
			},
			manual: {
				label: 'Manual',
				definition: 'The previous OS is kept and an operator can boot back into it.',
			},
			none: { label: 'None', definition: 'No previous OS is kept to return to.' },
		},
		{
			label: 'Rollback',
			group: 'lifecycle',
			meaning: 'How a node returns to its previous OS after a bad update.',
			column: 4,
		}
	),
	configuration: choiceListField(
		{
			ignition: { label: 'Ignition', definition: 'Ignition configuration at first boot.' },
			'cloud-init': { label: 'cloud-init', definition: 'cloud-init user data.' },
			'api-settings': {
				label: 'API settings',
				definition: 'Settings written through the OS API (e.g. as TOML user data).',
			},
			'machine-config': {
				label: 'Machine config',
				definition: 'One declarative machine configuration document applied through an API.',
			},
			combustion: { label: 'Combustion', definition: 'A Combustion script at first boot.' },
			'cloud-config': { label: 'cloud-config', definition: 'A cloud-config YAML file.' },
			'config-json': {
				label: 'config.json',
				definition: 'A config.json file on the boot partition.',
			},
			'gadget-snap': {
				label: 'Gadget snap',
				definition: "Defaults from the device's gadget snap.",
			},
			other: { label: 'Other', definition: 'Another mechanism, named in the notes.' },
		},
		{
			label: 'Configuration',
			group: 'lifecycle',
			meaning: 'How a node receives its configuration.',
			column: 5,
		}
	),
	readOnlyRoot: choiceField(
		{
			yes: {
				label: 'Yes',
				definition:
					'The OS image (the root or the /usr that holds all OS files) is read-only at run time; only designated state and configuration areas are writable.',
			},
			partial: {
				label: 'Partial',
				definition: 'Some OS files live on a writable filesystem by design.',
			},
			no: { label: 'No', definition: 'The OS files are writable at run time.' },
		},
		{
			label: 'Read-only root',
			group: 'security',
			meaning: 'Whether the OS files can be changed on a running node.',
			column: 6,
		}
	),
	verity: choiceField(
		yesNo(
			'dm-verity or an equivalent check of every OS block or file is on by default.',
			'No such check by default (an optional one is named in the notes).'
		),
		{
			label: 'dm-verity or equivalent',
			group: 'security',
			meaning: 'Whether the OS image is checked against a known hash as it is read.',
		}
	),
	mac: choiceField(
		{
			'selinux-enforcing': {
				label: 'SELinux enforcing',
				definition: 'SELinux is enforcing by default.',
			},
			'selinux-permissive': {
				label: 'SELinux permissive',
				definition: 'SELinux is present but only logs denials by default.',
			},
			apparmor: { label: 'AppArmor', definition: 'AppArmor is enabled by default.' },
			none: { label: 'None', definition: 'No mandatory access control by default.' },
		},
		{
			label: 'SELinux / AppArmor',
			group: 'security',
			meaning: 'The mandatory access control the OS enables by default.',
			column: 7,
		}
	),
	secureBoot: choiceField(
		yesNo(
			'Images boot with UEFI Secure Boot enabled, with signed boot components the project publishes.',
			'No Secure Boot-signed boot path is published.'
		),
		{
			label: 'Secure Boot',
			group: 'security',
			meaning: 'Whether the OS boots under UEFI Secure Boot.',
			column: 8,
		}
	),
	measuredBoot: choiceField(
		yesNo(
			'Boot components are measured into a TPM, so disk keys or attestation can depend on them.',
			'Boot is not measured into a TPM.'
		),
		{
			label: 'Measured boot / TPM',
			group: 'security',
			meaning: 'Whether boot is measured into a TPM.',
		}
	),
	diskEncryption: choiceField(
		yesNo('The OS can encrypt its disks with its own tooling.', 'No documented disk encryption.'),
		{
			label: 'Disk encryption',
			group: 'security',
			meaning: 'Whether the OS encrypts its state disks with its own tooling.',
		}
	),
	releaseCadence: textField({
		label: 'Release cadence',
		group: 'support',
		meaning: 'How often releases ship.',
	}),
	lts: choiceField(
		yesNo(
			'The project publishes a longer-supported release stream with a stated length.',
			'No longer-supported stream with a stated length.'
		),
		{
			label: 'LTS channel',
			group: 'support',
			meaning: 'Whether a long-term support stream exists.',
			column: 9,
			cell: (entry) =>
				entry['lts'] === 'yes' && typeof entry['ltsMonths'] === 'number'
					? { field: 'lts', text: `Yes, ${entry['ltsMonths']} months` }
					: undefined,
			filter: 3,
		}
	),
	ltsMonths: field({
		schema: z.union([z.number().int().positive(), unknown]),
		label: 'LTS support (months)',
		group: 'support',
		meaning: 'How long one LTS stream is supported.',
	}),
	kubernetesVersions: textField({
		label: 'Kubernetes versions',
		group: 'support',
		meaning: 'The Kubernetes minor versions the project supports or tests.',
	}),
	capiBootstrap: textField({
		label: 'Cluster API bootstrap provider',
		group: 'ecosystem',
		meaning: 'The Cluster API bootstrap provider that configures this OS, if any.',
		column: 10,
		filter: {
			position: 4,
			name: 'capi',
			label: 'Cluster API provider',
			values: { provider: 'Has a provider', none: 'None', unknown: 'Unknown' },
			// Free text that starts with "none" (e.g. "None; ...") says no provider exists.
			valueOf: (entry) =>
				entry['capiBootstrap'] === 'unknown'
					? 'unknown'
					: /^none\b/i.test(String(entry['capiBootstrap']))
						? 'none'
						: 'provider',
		},
	}),
	wasm: choiceField(
		{
			available: {
				label: 'Available',
				definition: 'A WebAssembly runtime or containerd shim is available for the OS.',
			},
			'not-available': {
				label: 'Not available',
				definition: 'No WebAssembly runtime is packaged for the OS.',
			},
		},
		{
			label: 'WASM runtime',
			group: 'ecosystem',
			meaning: 'Whether WebAssembly workloads can run beside containers.',
			column: 11,
		}
	),
	orchestrators: textListField({
		label: 'Orchestrators',
		group: 'ecosystem',
		meaning: 'Orchestrators the project documents running with.',
	}),
};

export type LandscapeField = keyof typeof landscapeFieldDescriptors;
export const landscapeFieldNames = Object.keys(landscapeFieldDescriptors) as [
	LandscapeField,
	...LandscapeField[],
];

type Schemas = {
	[Field in LandscapeField]: (typeof landscapeFieldDescriptors)[Field]['schema'];
};
/** The fields' schemas, in reading order; a field marked optional defaults to `unknown` when left out. */
export const landscapeFields = Object.fromEntries(
	landscapeFieldNames.map((name) => {
		const descriptor: Descriptor<z.ZodType> = landscapeFieldDescriptors[name];
		return [name, descriptor.optional ? descriptor.schema.default('unknown') : descriptor.schema];
	})
) as Schemas;
