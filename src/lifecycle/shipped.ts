import type { Lifecycle, ReleaseLine } from '#src/schemas/lifecycle.ts';
import type { FactSource } from '#src/schemas/common.ts';
import type { OsReleases, ReleaseStream } from '#src/schemas/releases.ts';
import { findLine, type LifecycleProduct } from './support.ts';
import { lineOfVersion, minorOf } from './versions.ts';

/**
 * What an OS stream ships, read from content/releases/<os>.yaml and completed from the lifecycle files: a
 * component the release data leaves out is taken from the line's compatibility entry, and every version is
 * placed on the release line of its own project, whose dates decide whether it is still supported.
 */
export interface OsReleasesFile {
	/** The OS id: its landscape entry and, where it has one, its lifecycle file. */
	id: string;
	data: OsReleases;
}

export const componentKeys = ['containerd', 'kernel', 'kubernetes'] as const;
export type ComponentKey = (typeof componentKeys)[number];

/** How each component is named before its version, e.g. "Linux 6.6.150". */
export const componentNames: Record<ComponentKey, string> = {
	containerd: 'containerd',
	kernel: 'Linux',
	kubernetes: 'Kubernetes',
};

/** The lifecycle product a shipped component is measured against. */
export function componentProduct(
	products: readonly LifecycleProduct[],
	key: ComponentKey
): LifecycleProduct | undefined {
	if (key === 'containerd') return products.find((product) => product.id === 'containerd');
	const kind = key === 'kernel' ? 'kernel' : 'orchestrator';
	return products.find((product) => product.data.kind === kind);
}

export interface ShippedComponent {
	key: ComponentKey;
	/** As the source gives it: a release (`1.7.21`), a line (`1.7`), or `unknown`. */
	version: string;
	/** The component's own lifecycle product and the line the version belongs to, where the data has them. */
	product?: LifecycleProduct;
	line?: ReleaseLine;
	source: FactSource;
	/** `release`: from a release's component list; `line`: from the line's compatibility entry. */
	basis: 'release' | 'line';
}

/** A Kubernetes minor the stream runs: the one it ships (bundles), or one it documents as supported. */
export interface KubernetesMinor {
	minor: string;
	how: 'ships' | 'supports';
	source: string;
}

export interface Shipment {
	osId: string;
	stream: ReleaseStream;
	components: ShippedComponent[];
	kubernetes: KubernetesMinor[];
}

/** What one stream of a releases file ships. */
export function shipmentOf(
	osId: string,
	stream: ReleaseStream,
	products: readonly LifecycleProduct[]
): Shipment {
	const osProduct = products.find((product) => product.id === osId);
	const edges = (osProduct?.data.compatibility ?? []).filter((edge) => edge.line === stream.line);
	const components = componentKeys.flatMap((key): ShippedComponent[] => {
		const fact = shippedFact(stream, edges, key);
		if (!fact) return [];
		const product = componentProduct(products, key);
		const lineId =
			product && fact.version !== 'unknown'
				? lineOfVersion(
						fact.version,
						product.data.lines.map((line) => line.id)
					)
				: undefined;
		const line = product && lineId !== undefined ? findLine(product, lineId) : undefined;
		return [{ key, ...fact, ...(product ? { product } : {}), ...(line ? { line } : {}) }];
	});

	const kubernetes: KubernetesMinor[] = [];
	const bundled = stream.ships.kubernetes;
	if (bundled && bundled.version !== 'unknown')
		kubernetes.push({ minor: minorOf(bundled.version), how: 'ships', source: bundled.source.url });
	const documented = documentedKubernetes(stream, edges);
	for (const minor of documented?.minors ?? [])
		if (documented && !kubernetes.some((known) => known.minor === minor))
			kubernetes.push({ minor, how: 'supports', source: documented.source });
	return { osId, stream, components, kubernetes };
}

type CompatibilityEdge = NonNullable<Lifecycle['compatibility']>[number];

function shippedFact(
	stream: ReleaseStream,
	edges: readonly CompatibilityEdge[],
	key: ComponentKey
): Pick<ShippedComponent, 'version' | 'source' | 'basis'> | undefined {
	const own = stream.ships[key];
	if (own) return { version: own.version, source: own.source, basis: 'release' };
	// A line's Kubernetes list says which minors it supports, not which one it bundles.
	if (key === 'kubernetes') return undefined;
	const edge = edges.find((candidate) => candidate[key] !== undefined);
	const version = edge?.[key];
	return edge && version !== undefined
		? { version, source: { url: edge.source }, basis: 'line' }
		: undefined;
}

/** The minors the releases file documents for the stream, else those its line's compatibility entry lists. */
function documentedKubernetes(
	stream: ReleaseStream,
	edges: readonly CompatibilityEdge[]
): { minors: readonly string[]; source: string } | undefined {
	if (stream.supportsKubernetes)
		return {
			minors: stream.supportsKubernetes.minors,
			source: stream.supportsKubernetes.source.url,
		};
	const edge = edges.find((candidate) => candidate.kubernetes !== undefined);
	return edge?.kubernetes ? { minors: edge.kubernetes, source: edge.source } : undefined;
}

/** Every stream of a releases file, in the file's order. */
export function streamShipments(
	file: OsReleasesFile,
	products: readonly LifecycleProduct[]
): Shipment[] {
	return file.data.streams.map((stream) => shipmentOf(file.id, stream, products));
}

/**
 * What one line of an OS's lifecycle file ships: its stream in the releases file, or, for a line the releases
 * file does not list (an older one), only what the line's compatibility entry says.
 */
export function lineShipment(
	osId: string,
	lineId: string,
	releases: readonly OsReleasesFile[],
	products: readonly LifecycleProduct[]
): Shipment {
	const stream = releases
		.find((file) => file.id === osId)
		?.data.streams.find((candidate) => candidate.line === lineId);
	return shipmentOf(osId, stream ?? { name: lineId, line: lineId, ships: {} }, products);
}

/** A platform as readers know it: a managed service by its name, upstream Kubernetes as self-managed. */
export function platformName(products: readonly LifecycleProduct[], platformId: string): string {
	const product = products.find((candidate) => candidate.id === platformId);
	if (!product) return platformId;
	return product.data.kind === 'orchestrator'
		? `${product.data.name} (self-managed)`
		: product.data.name;
}

/** The platforms (lifecycle ids) a source says the OS runs on. */
export function platformsOf(releases: readonly OsReleasesFile[], osId: string) {
	return releases.find((file) => file.id === osId)?.data.platforms ?? [];
}

export function runsOn(
	releases: readonly OsReleasesFile[],
	osId: string,
	platformId: string
): boolean {
	return platformsOf(releases, osId).some((entry) => entry.platform === platformId);
}

/** A component and its version as the page names it, e.g. "containerd 1.7.21", "containerd (version unknown)". */
export function componentText(component: Pick<ShippedComponent, 'key' | 'version'>): string {
	const name = componentNames[component.key];
	return component.version === 'unknown'
		? `${name} (version unknown)`
		: `${name} ${component.version}`;
}
