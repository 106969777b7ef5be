import { displayValue, fieldLabels, matrixFilters } from '#src/landscape/fields.ts';
import {
	fieldGroups,
	landscapeFieldDescriptors,
	type LandscapeField,
	type ValueMeaning,
} from '#src/schemas/landscape-fields.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';
import type { Verdict } from './choose.ts';

/**
 * What a reader can require of a container OS, each read from one landscape field (src/schemas/landscape-fields.ts).
 * The chooser (/landscape/choose/) and the gaps page (/landscape/gaps/) are both made from this list, so adding a
 * requirement here adds it to both. A requirement only reads data the landscape records: where a field's value
 * does not settle it, the verdict is `unknown`, never a guess.
 */

/** How a requirement reads its field. */
export type Rule =
	/** A closed-set field: the `met` values meet it, the `notMet` values do not, anything else is unknown. */
	| { kind: 'values'; met: readonly string[]; notMet: readonly string[] }
	/** A list field: holding the chosen value meets it, a list without it does not, `unknown` is unknown. */
	| { kind: 'includes' }
	/**
	 * A number at least the chosen one meets it, a smaller one does not; a `notMetWhen` value of another field
	 * says there is no such number (no LTS stream, so no stated support length).
	 */
	| { kind: 'atLeast'; notMetWhen: { field: LandscapeField; values: readonly string[] } }
	/** The value the matrix filter of this name derives from the field (e.g. "has a provider" for free text). */
	| { kind: 'filter'; name: string; met: readonly string[]; notMet: readonly string[] }
	/** Free text that describes how: any statement meets it, none is unknown. */
	| { kind: 'stated' };

/** Where a requirement's choices come from; a requirement without choices is a yes-or-no question. */
export type Choices =
	/** The field's own closed set of values, as its descriptor labels them. */
	| { from: 'field-values' }
	/** Every value the entries hold, for a free-text list such as the orchestrators. */
	| { from: 'data' }
	/** A fixed list; `label` names one with `{value}` in its place. */
	| { from: 'list'; values: readonly string[]; label: string };

export interface Requirement {
	/** The URL parameter and form field name. */
	id: string;
	label: string;
	group: keyof typeof requirementGroups;
	field: LandscapeField;
	rule: Rule;
	choices?: Choices;
	/** What to ask a project whose data leaves the requirement unknown; `{choice}` is the chosen value. */
	question: string;
	/**
	 * Whether each choice is a capability a project could add, counted on the gaps page and in the ranking. Not
	 * for a fit, such as an orchestrator, whose choices are the data's own values.
	 */
	capability: boolean;
}

export const requirementGroups = {
	platform: 'Where and what it runs',
	security: 'Security',
	operations: 'Operations',
} as const;

export const requirements: readonly Requirement[] = [
	{
		id: 'orchestrator',
		label: 'Orchestrator or distribution',
		group: 'platform',
		field: 'orchestrators',
		rule: { kind: 'includes' },
		choices: { from: 'data' },
		question: 'Do you document running nodes with {choice}?',
		capability: false,
	},
	{
		id: 'architecture',
		label: 'CPU architecture',
		group: 'platform',
		field: 'architectures',
		rule: { kind: 'includes' },
		choices: { from: 'field-values' },
		question: 'Do you publish {choice} images?',
		capability: true,
	},
	{
		id: 'support',
		label: 'Support of one release stream',
		group: 'operations',
		field: 'ltsMonths',
		rule: { kind: 'atLeast', notMetWhen: { field: 'lts', values: ['no'] } },
		choices: { from: 'list', values: ['12', '24', '36', '60'], label: 'At least {value} months' },
		question: 'How many months is one release stream supported, and where do you state it?',
		capability: true,
	},
	{
		id: 'secure-boot',
		label: 'Boots with UEFI Secure Boot',
		group: 'security',
		field: 'secureBoot',
		rule: { kind: 'values', met: ['yes'], notMet: ['no'] },
		question: 'Do you publish images that boot with UEFI Secure Boot, with signed boot components?',
		capability: true,
	},
	{
		id: 'measured-boot',
		label: 'Measured boot into a TPM',
		group: 'security',
		field: 'measuredBoot',
		rule: { kind: 'values', met: ['yes'], notMet: ['no'] },
		question: 'Are the boot components measured into a TPM?',
		capability: true,
	},
	{
		id: 'mac',
		label: 'SELinux or AppArmor enforcing by default',
		group: 'security',
		field: 'mac',
		// Permissive SELinux only logs denials, so it does not meet a requirement to enforce.
		rule: {
			kind: 'values',
			met: ['selinux-enforcing', 'apparmor'],
			notMet: ['selinux-permissive', 'none'],
		},
		question: 'Which mandatory access control is on by default, and does it enforce?',
		capability: true,
	},
	{
		id: 'no-ssh',
		label: 'No SSH on the host',
		group: 'security',
		field: 'access',
		rule: { kind: 'values', met: ['host-container', 'api-only'], notMet: ['ssh'] },
		question: 'How does an operator reach a node by default: is there an SSH server on the host?',
		capability: true,
	},
	{
		id: 'cluster-api',
		label: 'A Cluster API bootstrap provider',
		group: 'operations',
		field: 'capiBootstrap',
		rule: { kind: 'filter', name: 'capi', met: ['provider'], notMet: ['none'] },
		question: 'Which Cluster API bootstrap provider configures your OS?',
		capability: true,
	},
	{
		id: 'wasm',
		label: 'WebAssembly runtime beside containers',
		group: 'operations',
		field: 'wasm',
		rule: { kind: 'values', met: ['available'], notMet: ['not-available'] },
		question: 'Is a WebAssembly runtime or containerd shim available for your OS?',
		capability: true,
	},
	{
		id: 'air-gapped-updates',
		label: 'OS updates without internet access',
		group: 'operations',
		field: 'offlineUpdates',
		rule: { kind: 'stated' },
		question: 'How does a node without internet access receive OS updates?',
		capability: true,
	},
];

/** A requirement with one of its choices (or none, for a yes-or-no one): one cell of the gaps page. */
export interface Capability {
	/** `id` for a yes-or-no requirement, `id=choice` otherwise: the form's query string for it alone. */
	key: string;
	requirement: Requirement;
	choice?: string;
	label: string;
	question: string;
}

/** The choices of a requirement, value and label, in the order the form lists them. */
export function choicesOf(
	requirement: Requirement,
	systems: readonly LandscapeOs[]
): { value: string; label: string }[] {
	const { choices, field } = requirement;
	if (!choices) return [];
	if (choices.from === 'list')
		return choices.values.map((value) => ({
			value,
			label: choices.label.replace('{value}', value),
		}));
	if (choices.from === 'field-values')
		return Object.entries(valuesOf(field)).map(([value, meaning]) => ({
			value,
			label: meaning.label,
		}));
	const held = systems.flatMap((os) => {
		const value = os[field];
		return Array.isArray(value) ? value : [];
	});
	return [...new Set(held)]
		.sort((a, b) => a.localeCompare(b, 'en'))
		.map((value) => ({ value, label: value }));
}

/** Every requirement, expanded into one capability per choice. */
export function capabilitiesOf(systems: readonly LandscapeOs[]): Capability[] {
	return requirements.flatMap((requirement) => {
		const choices = choicesOf(requirement, systems);
		if (choices.length === 0)
			return [
				{
					key: requirement.id,
					requirement,
					label: requirement.label,
					question: requirement.question,
				},
			];
		return choices.map(({ value, label }) => ({
			key: `${requirement.id}=${value}`,
			requirement,
			choice: value,
			label: `${requirement.label}: ${label}`,
			question: requirement.question.replace('{choice}', label),
		}));
	});
}

/** A verdict and the field whose value and source decide it, so the reader can check it. */
export interface Assessment {
	verdict: Verdict;
	field: LandscapeField;
}

/** Whether an OS meets a requirement (with its choice), by the requirement's rule and the OS's data. */
export function assess(
	requirement: Requirement,
	choice: string | undefined,
	os: LandscapeOs
): Assessment {
	const { rule, field } = requirement;
	const value: unknown = os[field];
	const verdict = (result: Verdict, by: LandscapeField = field): Assessment => ({
		verdict: result,
		field: by,
	});
	switch (rule.kind) {
		case 'values':
			return verdict(classify(value, rule.met, rule.notMet));
		case 'filter': {
			const filter = matrixFilters.find((candidate) => candidate.name === rule.name);
			if (!filter) throw new Error(`requirement ${requirement.id}: no matrix filter ${rule.name}`);
			return verdict(classify(filter.valueOf(os), rule.met, rule.notMet));
		}
		case 'includes':
			if (!Array.isArray(value)) return verdict('unknown');
			return verdict(value.includes(choice) ? 'met' : 'not-met');
		case 'atLeast': {
			if (typeof value === 'number') return verdict(value >= Number(choice) ? 'met' : 'not-met');
			const gate = rule.notMetWhen.field;
			if (rule.notMetWhen.values.includes(String(os[gate]))) return verdict('not-met', gate);
			return verdict('unknown');
		}
		case 'stated':
			return verdict(typeof value === 'string' && value !== 'unknown' ? 'met' : 'unknown');
	}
}

function classify(value: unknown, met: readonly string[], notMet: readonly string[]): Verdict {
	if (typeof value !== 'string') return 'unknown';
	if (met.includes(value)) return 'met';
	return notMet.includes(value) ? 'not-met' : 'unknown';
}

/** The closed set of values a field's descriptor defines; empty for free text. */
export function valuesOf(field: LandscapeField): Record<string, ValueMeaning> {
	const descriptor: { values?: Record<string, ValueMeaning> } = landscapeFieldDescriptors[field];
	return descriptor.values ?? {};
}

/** The section of an OS page that shows a field, as the anchor of its heading there. */
export function anchorOf(field: LandscapeField): string {
	const group: { group: keyof typeof fieldGroups } = landscapeFieldDescriptors[field];
	return fieldGroups[group.group].toLowerCase();
}

/** The field's value as the reader sees it on the OS page. */
export function shownValue(os: LandscapeOs, field: LandscapeField): string {
	return displayValue(field, os[field]) || 'Unknown';
}

/** The rule of a requirement in words, for readers who want to know how a verdict is reached. */
export function ruleText({ rule, field }: Requirement): string {
	const label = fieldLabels[field];
	const named = (of: LandscapeField, values: readonly string[], names = valuesOf(of)) =>
		values.map((value) => names[value]?.label ?? value).join(' or ');
	switch (rule.kind) {
		case 'values':
			return `Met when ${label} is ${named(field, rule.met)}; not met when it is ${named(field, rule.notMet)}; otherwise unknown.`;
		case 'filter': {
			const choices = matrixFilters.find((filter) => filter.name === rule.name)?.values ?? {};
			const of = (values: readonly string[]) =>
				values.map((value) => choices[value] ?? value).join(' or ');
			return `Met when ${label} reads "${of(rule.met)}"; not met when it reads "${of(rule.notMet)}"; otherwise unknown.`;
		}
		case 'includes':
			return `Met when ${label} lists your choice; not met when it lists others only; unknown when it is unknown.`;
		case 'atLeast':
			return `Met when ${label} is at least your choice; not met when it is less, or when ${fieldLabels[rule.notMetWhen.field]} is ${named(rule.notMetWhen.field, rule.notMetWhen.values)}; otherwise unknown.`;
		case 'stated':
			return `Met when ${label} describes a way; otherwise unknown, since no source we could read says there is none.`;
	}
}
