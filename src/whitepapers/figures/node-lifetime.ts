import {
	kubernetesRecommendation,
	type KubernetesRecommendation,
} from '#src/lifecycle/runtime-support.ts';
import { runtimeIsChosen } from '#src/schemas/runtime-provisions.ts';
import {
	componentText,
	lineShipment,
	platformsOf,
	type OsReleasesFile,
	type ShippedComponent,
} from '#src/lifecycle/shipped.ts';
import {
	earliestEnd,
	findLine,
	standardEndOf,
	supportEndOf,
	type EarliestEnd,
	type LifecycleProduct,
	type SupportEnd,
} from '#src/lifecycle/support.ts';
import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import { compareVersions } from '#src/lifecycle/versions.ts';

/**
 * A node's real supported lifetime: the layers that each end on their own calendar (the Kubernetes minor the
 * stream runs, the OS stream, the container runtime and the kernel it ships), each with its end as the data
 * gives it, and the earliest of them. Computed from the lifecycle and releases data alone, so a paper's
 * figures and tables say what the data of its version says and nothing else.
 */
export const layers = ['kubernetes', 'os', 'runtime', 'kernel'] as const;
export type Layer = (typeof layers)[number];

export const layerNames: Record<Layer, string> = {
	kubernetes: 'Kubernetes minor',
	os: 'OS stream',
	runtime: 'Container runtime',
	kernel: 'Kernel line',
};

export interface LayerEnd {
	layer: Layer;
	/** How the layer is named, e.g. "Kubernetes 1.36", "containerd 1.7.21", "Linux 6.6.150". */
	label: string;
	/** End of free (standard, community) support. */
	standardEnd: SupportEnd;
	/** Last day of any support, paid or extended included. */
	supportEnd: SupportEnd;
	/** Why the end is unknown, where the data says why. */
	gap?: string;
}

/** One OS stream to compute: a lifecycle file id and one of its line ids. */
export interface StreamChoice {
	os: string;
	line: string;
}

export interface NodeLifetime {
	os: string;
	/** e.g. "Flatcar Container Linux LTS-2024 (4081)". */
	label: string;
	/** The layers in `layers` order; a runtime the OS's users install themselves is left out. */
	layers: LayerEnd[];
	/** Whether the OS leaves the runtime to its users, so it is theirs to keep supported. */
	runtimeChosenByUser: boolean;
	earliestStandardEnd: EarliestEnd<LayerEnd>;
	earliestSupportEnd: EarliestEnd<LayerEnd>;
	/** The Kubernetes minors the stream documents, oldest first. */
	minors: string[];
	/** The newest of those minors the shipped runtime's project recommends it for; undefined when none or unknown. */
	newestMinorForRuntime?: string;
}

const unknownEnd: SupportEnd = { known: false };

function lineLayer(
	layer: Layer,
	label: string,
	line: ReleaseLine | undefined,
	gap: string
): LayerEnd {
	return line
		? { layer, label, standardEnd: standardEndOf(line), supportEnd: supportEndOf(line) }
		: { layer, label, standardEnd: unknownEnd, supportEnd: unknownEnd, gap };
}

const newestFirst = (minors: readonly string[]) =>
	[...minors].sort((a, b) => compareVersions(b, a));

/** The node lifetime of one OS stream, or undefined when the data has no such line. */
export function nodeLifetime(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	choice: StreamChoice
): NodeLifetime | undefined {
	const osProduct = products.find((product) => product.id === choice.os);
	const osLine = osProduct && findLine(osProduct, choice.line);
	if (!osProduct || !osLine) return undefined;
	const shipment = lineShipment(choice.os, choice.line, releases, products);
	const minors = [...new Set(shipment.kubernetes.map((entry) => entry.minor))].sort(
		compareVersions
	);
	const newestMinor = newestFirst(minors)[0];

	const platformId = platformsOf(releases, choice.os)[0]?.platform;
	const platform = products.find((product) => product.id === platformId);
	const kubernetesLayer = lineLayer(
		'kubernetes',
		platform && newestMinor ? `${platform.data.name} ${newestMinor}` : 'Kubernetes',
		platform && newestMinor ? findLine(platform, newestMinor) : undefined,
		newestMinor
			? `no lifecycle line for ${newestMinor} on the platform the stream is documented for`
			: 'the data names no Kubernetes minor for this stream'
	);
	const osLayer = lineLayer('os', `${osProduct.data.name} ${osLine.id}`, osLine, '');

	const provision = releases.find((file) => file.id === choice.os)?.data.runtime.provision;
	const runtime = shipment.components.find((component) => component.key === 'containerd');
	// A runtime the OS leaves to its users is theirs to keep supported, not a layer of the stream.
	const runtimeChosenByUser = provision !== undefined && runtimeIsChosen(provision) && !runtime;
	const kernel = shipment.components.find((component) => component.key === 'kernel');
	const shippedLayer = (layer: Layer, component: ShippedComponent | undefined, missing: string) =>
		component
			? lineLayer(
					layer,
					componentText(component),
					component.line,
					component.version === 'unknown'
						? 'the version the stream ships is not in the data'
						: `no ${component.key === 'kernel' ? 'kernel.org longterm' : 'project'} line for ${component.version} in the data; its maintenance is the OS vendor's to state`
				)
			: lineLayer(layer, missing, undefined, 'the data does not say what the stream ships');

	const stack: LayerEnd[] = [
		kubernetesLayer,
		osLayer,
		...(runtimeChosenByUser ? [] : [shippedLayer('runtime', runtime, 'Container runtime')]),
		shippedLayer('kernel', kernel, 'Kernel'),
	];
	const runtimeProduct = products.find((product) => product.id === 'containerd');
	const newestMinorForRuntime =
		runtime && runtimeProduct && runtime.version !== 'unknown'
			? newestFirst(minors).find(
					(minor) =>
						kubernetesRecommendation(runtimeProduct, runtime.version, minor).verdict ===
						'recommended'
				)
			: undefined;
	return {
		os: choice.os,
		label: osLayer.label,
		layers: stack,
		runtimeChosenByUser,
		earliestStandardEnd: earliestEnd(stack, (layer) => layer.standardEnd),
		earliestSupportEnd: earliestEnd(stack, (layer) => layer.supportEnd),
		minors,
		...(newestMinorForRuntime ? { newestMinorForRuntime } : {}),
	};
}

/** The lifetimes of several streams, in the order given; a choice the data does not hold is an error. */
export function nodeLifetimes(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	choices: readonly StreamChoice[]
): NodeLifetime[] {
	return choices.map((choice) => {
		const lifetime = nodeLifetime(products, releases, choice);
		if (!lifetime)
			throw new Error(`No lifecycle line "${choice.line}" in content/lifecycles/${choice.os}.yaml`);
		return lifetime;
	});
}

/** One cell of the runtime grid: what the runtime's project says of the shipped runtime with one minor. */
export interface RuntimeFitCell {
	minor: string;
	verdict: KubernetesRecommendation['verdict'];
	/** Whether the OS stream documents this minor as one it runs. */
	documented: boolean;
}

export interface RuntimeFitRow {
	label: string;
	runtime: string;
	cells: RuntimeFitCell[];
}

/**
 * The runtime each stream ships against the Kubernetes minors its project's support table covers and the
 * minors the streams document: the grid that shows where the runtime, not Kubernetes, stops a stream.
 * Streams whose runtime version is unknown or chosen by users are left out.
 */
export function runtimeFitGrid(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	choices: readonly StreamChoice[]
): { minors: string[]; rows: RuntimeFitRow[] } {
	const runtimeProduct = products.find((product) => product.id === 'containerd');
	if (!runtimeProduct) return { minors: [], rows: [] };
	const shipped = choices.flatMap((choice) => {
		const lifetime = nodeLifetime(products, releases, choice);
		const runtime = lineShipment(choice.os, choice.line, releases, products).components.find(
			(component) => component.key === 'containerd'
		);
		return lifetime && runtime && runtime.version !== 'unknown'
			? [{ lifetime, version: runtime.version, label: componentText(runtime) }]
			: [];
	});
	const covered = (runtimeProduct.data.compatibility ?? []).flatMap(
		(entry) => entry.kubernetes ?? []
	);
	const minors = [
		...new Set([...covered, ...shipped.flatMap(({ lifetime }) => lifetime.minors)]),
	].sort(compareVersions);
	return {
		minors,
		rows: shipped.map(({ lifetime, version, label }) => ({
			label: lifetime.label,
			runtime: label,
			cells: minors.map((minor) => ({
				minor,
				verdict: kubernetesRecommendation(runtimeProduct, version, minor).verdict,
				documented: lifetime.minors.includes(minor),
			})),
		})),
	};
}
