import type { IsoDate } from './dates.ts';
import { listText } from './describe.ts';
import { kubernetesRecommendation } from './runtime-support.ts';
import {
	componentText,
	streamShipments,
	type ComponentKey,
	type KubernetesMinor,
	type OsReleasesFile,
	type Shipment,
	type ShippedComponent,
} from './shipped.ts';
import { standardEndOf, supportEndOf, supportStateOn, type LifecycleProduct } from './support.ts';
import { compareVersions } from './versions.ts';

/**
 * Warnings about what an OS stream ships, computed from the data alone: none is written by hand. A shipped
 * component warns when its own project's support for its line has ended or is down to extended support, and a
 * shipped runtime warns when its project's support table does not recommend it for a Kubernetes minor the
 * stream ships or supports. A version no line of the data covers gets a note, since nothing can be computed.
 */
export type WarningSeverity = 'warning' | 'caution' | 'note';
export type WarningKind =
	'support-ended' | 'extended-only' | 'not-in-data' | 'below-minimum' | 'not-recommended';

export interface ShippedWarning {
	kind: WarningKind;
	severity: WarningSeverity;
	component: ComponentKey;
	text: string;
	sources: { label: string; url: string }[];
}

const severityOf: Record<WarningKind, WarningSeverity> = {
	'support-ended': 'warning',
	'below-minimum': 'warning',
	'not-recommended': 'warning',
	'extended-only': 'caution',
	'not-in-data': 'note',
};
const severityOrder: WarningSeverity[] = ['warning', 'caution', 'note'];

export interface WarningOptions {
	/**
	 * Check the runtime against the Kubernetes minors the stream ships or supports (the OS pages). The stack
	 * calculator leaves it off: it checks the one minor the reader chose.
	 */
	kubernetes?: boolean;
}

/** `subject` names the stream in the sentences, e.g. "Flatcar Container Linux LTS-2024". */
export function shippedWarnings(
	subject: string,
	shipment: Shipment,
	today: IsoDate,
	{ kubernetes = true }: WarningOptions = {}
): ShippedWarning[] {
	const warnings = shipment.components.flatMap((component) => [
		...supportWarnings(subject, component, today),
		...(kubernetes && component.key === 'containerd'
			? runtimeWarnings(subject, component, shipment.kubernetes)
			: []),
	]);
	return warnings.sort(
		(a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity)
	);
}

/** Each stream of one OS with its warnings; the sentences name a stream as "<OS name> <stream name>". */
export function osWarnings(
	osName: string,
	file: OsReleasesFile,
	products: readonly LifecycleProduct[],
	today: IsoDate
): { shipment: Shipment; warnings: ShippedWarning[] }[] {
	return streamShipments(file, products).map((shipment) => ({
		shipment,
		warnings: shippedWarnings(`${osName} ${shipment.stream.name}`, shipment, today),
	}));
}

function warning(
	kind: WarningKind,
	component: ShippedComponent,
	text: string,
	sources: ShippedWarning['sources']
): ShippedWarning {
	return { kind, severity: severityOf[kind], component: component.key, text, sources };
}

function supportWarnings(
	subject: string,
	component: ShippedComponent,
	today: IsoDate
): ShippedWarning[] {
	const { product, line } = component;
	const shipped = `${subject} ships ${componentText(component)}`;
	const shippedSource = { label: 'shipped version', url: component.source.url };
	if (!product || component.version === 'unknown') return [];
	if (!line)
		return [
			warning(
				'not-in-data',
				component,
				`${shipped}, which is on none of the lines in the ${product.data.name} data, so no end of support can be computed for it.`,
				[shippedSource]
			),
		];
	const name = `${product.data.name} ${line.id}`;
	const standard = standardEndOf(line);
	const support = supportEndOf(line);
	const sourceOf = (field: 'standardEnd' | 'extendedEnd', label: string) => {
		const url = line.sources[field]?.url;
		return url ? [{ label, url }] : [];
	};
	const state = supportStateOn(line, today);
	if (state === 'ended' && support.known) {
		const field = line.extendedEnd === 'none' ? 'standardEnd' : 'extendedEnd';
		return [
			warning(
				'support-ended',
				component,
				`${shipped}; ${name} reached the end of its support on ${support.date}.`,
				[shippedSource, ...sourceOf(field, 'end of support')]
			),
		];
	}
	if (!standard.known || today <= standard.date) return [];
	if (state === 'extended' && support.known)
		return [
			warning(
				'extended-only',
				component,
				`${shipped}; standard support of ${name} ended on ${standard.date}, and only extended support remains, until ${support.date}.`,
				[
					shippedSource,
					...sourceOf('standardEnd', 'end of standard support'),
					...sourceOf('extendedEnd', 'end of extended support'),
				]
			),
		];
	return [
		warning(
			'extended-only',
			component,
			`${shipped}; standard support of ${name} ended on ${standard.date}, and no end of extended support is published.`,
			[shippedSource, ...sourceOf('standardEnd', 'end of standard support')]
		),
	];
}

/**
 * The runtime against its project's support table, for each minor the stream runs. Minors with the same
 * verdict are told in one sentence; a minor the table does not cover, or a version too vague to hold to a
 * minimum, gives none.
 */
function runtimeWarnings(
	subject: string,
	component: ShippedComponent,
	minors: readonly KubernetesMinor[]
): ShippedWarning[] {
	const { product, line } = component;
	if (!product || !line || component.version === 'unknown') return [];
	const groups = new Map<
		string,
		{ kind: WarningKind; minimum?: string; minors: KubernetesMinor[]; source: string }
	>();
	for (const minor of [...minors].sort((a, b) => compareVersions(a.minor, b.minor))) {
		const verdict = kubernetesRecommendation(product, component.version, minor.minor);
		if (verdict.verdict !== 'below-minimum' && verdict.verdict !== 'not-listed') continue;
		const kind = verdict.verdict === 'below-minimum' ? 'below-minimum' : 'not-recommended';
		const minimum = verdict.verdict === 'below-minimum' ? verdict.minimum : undefined;
		const key = `${kind} ${minimum ?? ''} ${minor.how}`;
		const group = groups.get(key) ?? {
			kind,
			...(minimum === undefined ? {} : { minimum }),
			minors: [],
			source: verdict.source,
		};
		group.minors.push(minor);
		groups.set(key, group);
	}
	const name = product.data.name;
	return [...groups.values()].map((group) => {
		const kubernetesText = `Kubernetes ${listText(group.minors.map((minor) => minor.minor))}`;
		const runs = group.minors[0]?.how === 'ships' ? kubernetesText : `supports ${kubernetesText}`;
		const advice =
			group.minimum === undefined
				? `no ${name} ${line.id} release`
				: `${name} ${group.minimum} or later`;
		return warning(
			group.kind,
			component,
			`${subject} ships ${componentText(component)} and ${runs}, for which ${name}'s support table recommends ${advice}.`,
			[
				{ label: 'shipped version', url: component.source.url },
				{ label: `${name} support table`, url: group.source },
				...[...new Set(group.minors.map((minor) => minor.source))].map((url) => ({
					label: 'Kubernetes versions',
					url,
				})),
			]
		);
	});
}
