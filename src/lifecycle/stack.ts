import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import { runtimeIsChosen } from '#src/schemas/runtime-provisions.ts';
import type { IsoDate } from './dates.ts';
import { listText } from './describe.ts';
import { kubernetesRecommendation, recommendedText } from './runtime-support.ts';
import {
	componentText,
	lineShipment,
	platformName,
	platformsOf,
	runsOn,
	type OsReleasesFile,
	type Shipment,
	type ShippedComponent,
} from './shipped.ts';
import { shippedWarnings, type ShippedWarning } from './shipped-warnings.ts';
import {
	earliestEnd,
	findLine,
	standardEndOf,
	supportEndOf,
	supportStateOn,
	type EarliestEnd,
	type LifecycleProduct,
	type SupportEnd,
	type SupportState,
} from './support.ts';

/**
 * "When does my stack fall out of support?": a Kubernetes platform (upstream or a managed service) and an OS
 * stream, each one release line of one lifecycle file. The container runtime and the kernel are the ones the
 * OS stream ships (content/releases/); the reader picks a runtime only where the OS lets its users pick one.
 * Everything here is computed from the data alone, so the static result pages and the in-page calculator give
 * the same answer.
 */
export const stackRoles = ['platform', 'os', 'runtime'] as const;
export type StackRole = (typeof stackRoles)[number];
/** What a stack is made of: the reader's choices and the kernel the OS ships. */
export type ComponentRole = StackRole | 'kernel';

export const stackRoleLabels: Record<StackRole, string> = {
	platform: 'Kubernetes (upstream or managed)',
	os: 'Operating system stream',
	runtime: 'Container runtime',
};

const kindsOfRole: Record<StackRole, readonly string[]> = {
	platform: ['orchestrator', 'managed-service'],
	os: ['os'],
	runtime: ['runtime'],
};

/** One selectable release line. Managed-service line ids are Kubernetes minors, as upstream ones are. */
export interface LineChoice {
	/** URL segment and form value, e.g. `kubernetes-1.35`, `flatcar-lts-2024-4081`. */
	slug: string;
	productId: string;
	productName: string;
	lineId: string;
	/** How the line is named on the page, e.g. "Kubernetes 1.35". */
	label: string;
}

/** A platform and an OS line; a runtime line only where the OS lets its users choose one. */
export interface StackChoice {
	platform: string;
	os: string;
	runtime?: string;
}

export function lineSlug(productId: string, lineId: string): string {
	const line = lineId
		.toLowerCase()
		.replace(/[^a-z\d.]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${productId}-${line}`;
}

/** The lines a reader can pick for each role, products in name order, lines newest first. */
export function stackOptions(
	products: readonly LifecycleProduct[]
): Record<StackRole, LineChoice[]> {
	const sorted = [...products].sort((a, b) => a.data.name.localeCompare(b.data.name));
	const optionsFor = (role: StackRole) =>
		sorted
			.filter((product) => kindsOfRole[role].includes(product.data.kind))
			.flatMap((product) =>
				[...product.data.lines].reverse().map((line) => choiceOf(product, line))
			);
	return { platform: optionsFor('platform'), os: optionsFor('os'), runtime: optionsFor('runtime') };
}

function choiceOf(product: LifecycleProduct, line: ReleaseLine): LineChoice {
	return {
		slug: lineSlug(product.id, line.id),
		productId: product.id,
		productName: product.data.name,
		lineId: line.id,
		label: `${product.data.name} ${line.id}`,
	};
}

/** Whether the reader, not the OS, decides the runtime: the OS ships none, or lets its users replace it. */
export function osLetsUsersChooseRuntime(
	releases: readonly OsReleasesFile[],
	osProductId: string
): boolean {
	const provision = releases.find((file) => file.id === osProductId)?.data.runtime.provision;
	return provision !== undefined && runtimeIsChosen(provision);
}

export interface StackComponent {
	role: ComponentRole;
	/** How the component is named on the page, e.g. "Kubernetes 1.35", "containerd 1.7.21". */
	label: string;
	/** Its release line; undefined when the data has none for it (an unknown version, a line not tracked). */
	line?: ReleaseLine;
	/** `shipped`: the OS stream ships it; `chosen`: the reader picked it. */
	origin: 'chosen' | 'shipped';
	state: SupportState;
	standardEnd: SupportEnd;
	/** Last day of any support, extended included. */
	supportEnd: SupportEnd;
}

/** A statement about two components of the stack, with the source that makes it. */
export interface CompatibilityFinding {
	/** `listed`: the source names the pair; `not-listed`: the source names other versions; `none`: no source covers the pair; `note`: related fact. */
	verdict: 'listed' | 'not-listed' | 'none' | 'note';
	text: string;
	source?: string;
}

export interface StackReport {
	/** Platform, OS stream, runtime (where known) and kernel (where known), in that order. */
	components: StackComponent[];
	earliestStandardEnd: EarliestEnd<StackComponent>;
	earliestSupportEnd: EarliestEnd<StackComponent>;
	compatibility: CompatibilityFinding[];
	/** What the OS stream ships that is out of (or down to extended) support. */
	warnings: ShippedWarning[];
}

function lineComponent(
	role: ComponentRole,
	label: string,
	origin: StackComponent['origin'],
	line: ReleaseLine | undefined,
	today: IsoDate
): StackComponent {
	return {
		role,
		label,
		origin,
		...(line ? { line } : {}),
		state: line ? supportStateOn(line, today) : 'unknown',
		standardEnd: line ? standardEndOf(line) : { known: false },
		supportEnd: line ? supportEndOf(line) : { known: false },
	};
}

const shippedComponent = (role: ComponentRole, shipped: ShippedComponent, today: IsoDate) =>
	lineComponent(role, componentText(shipped), 'shipped', shipped.line, today);

/** The report for one choice of lines, or undefined when a slug names no line in the data. */
export function stackReport(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	choice: StackChoice,
	today: IsoDate
): StackReport | undefined {
	const options = stackOptions(products);
	const pick = (role: StackRole, slug: string | undefined) => {
		const picked = options[role].find((option) => option.slug === slug);
		const product = picked && products.find((candidate) => candidate.id === picked.productId);
		const line = picked && product && findLine(product, picked.lineId);
		return picked && product && line ? { choice: picked, product, line } : undefined;
	};
	const platform = pick('platform', choice.platform);
	const os = pick('os', choice.os);
	if (!platform || !os) return undefined;
	const chooses = osLetsUsersChooseRuntime(releases, os.choice.productId);
	const runtime =
		chooses && choice.runtime !== undefined ? pick('runtime', choice.runtime) : undefined;
	if (chooses && choice.runtime !== undefined && !runtime) return undefined;

	const shipment = lineShipment(os.choice.productId, os.line.id, releases, products);
	const shippedRuntime = shipment.components.find((component) => component.key === 'containerd');
	const shippedKernel = shipment.components.find((component) => component.key === 'kernel');
	const runtimeComponent = runtime
		? lineComponent('runtime', runtime.choice.label, 'chosen', runtime.line, today)
		: shippedRuntime && shippedComponent('runtime', shippedRuntime, today);
	const components = [
		lineComponent('platform', platform.choice.label, 'chosen', platform.line, today),
		lineComponent('os', os.choice.label, 'chosen', os.line, today),
		...(runtimeComponent ? [runtimeComponent] : []),
		...(shippedKernel ? [shippedComponent('kernel', shippedKernel, today)] : []),
	];
	// A runtime the reader put in place of the shipped one is theirs to keep supported.
	const warned = runtime
		? {
				...shipment,
				components: shipment.components.filter((component) => component.key !== 'containerd'),
			}
		: shipment;
	return {
		components,
		earliestStandardEnd: earliestEnd(components, (component) => component.standardEnd),
		earliestSupportEnd: earliestEnd(components, (component) => component.supportEnd),
		compatibility: compatibilityOf(products, releases, {
			platform: platform.choice,
			os: os.choice,
			shipment,
			runtime: runtime
				? { label: runtime.choice.label, version: runtime.line.id, chosen: true }
				: shippedRuntime && {
						label: componentText(shippedRuntime),
						version: shippedRuntime.version,
						chosen: false,
					},
			chooses,
		}),
		warnings: shippedWarnings(os.choice.label, warned, today, { kubernetes: false }),
	};
}

interface CompatibilityInput {
	platform: LineChoice;
	os: LineChoice;
	shipment: Shipment;
	/** The runtime that runs: the reader's, or the one the OS ships. */
	runtime: { label: string; version: string; chosen: boolean } | undefined;
	chooses: boolean;
}

/** What the sources in the data say about each pair of the stack; silence is reported too. */
export function compatibilityOf(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	{ platform, os, shipment, runtime, chooses }: CompatibilityInput
): CompatibilityFinding[] {
	const minor = platform.lineId;
	const findings: CompatibilityFinding[] = [platformFinding(products, releases, platform, os)];

	const documented = shipment.kubernetes.find((entry) => entry.minor === minor);
	if (shipment.kubernetes.length === 0)
		findings.push({
			verdict: 'none',
			text: `No source in the data says which Kubernetes minors ${os.label} supports.`,
		});
	else if (documented)
		findings.push({
			verdict: 'listed',
			text: `${os.label} ${documented.how === 'ships' ? 'ships' : 'lists as supported'} Kubernetes ${minor}.`,
			source: documented.source,
		});
	else {
		const first = shipment.kubernetes[0];
		findings.push({
			verdict: 'not-listed',
			text: `${os.label} lists Kubernetes ${listText(shipment.kubernetes.map((entry) => entry.minor))}, not ${minor}.`,
			...(first ? { source: first.source } : {}),
		});
	}

	findings.push(runtimeOriginFinding(releases, os, shipment, runtime, chooses));
	const runtimeProduct = products.find((product) => product.id === 'containerd');
	if (runtime && runtime.version !== 'unknown' && runtimeProduct)
		findings.push(runtimeKubernetesFinding(runtimeProduct, runtime, minor));
	const kernel = shipment.components.find((component) => component.key === 'kernel');
	if (kernel)
		findings.push({
			verdict: 'note',
			text: `${os.label} ships ${componentText(kernel)}${kernel.basis === 'line' ? ' (as documented for the line)' : ''}; kernel.org's end dates are projections, and whether the OS vendor maintains the kernel beyond them is the vendor's to say.`,
			source: kernel.source.url,
		});
	return findings;
}

function platformFinding(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	platform: LineChoice,
	os: LineChoice
): CompatibilityFinding {
	const platforms = platformsOf(releases, os.productId);
	const entry = platforms.find((candidate) => candidate.platform === platform.productId);
	const chosen = platformName(products, platform.productId);
	if (entry)
		return {
			verdict: 'listed',
			text: `${os.productName} is documented as a node OS for ${chosen}.`,
			source: entry.source.url,
		};
	if (platforms.length === 0)
		return {
			verdict: 'none',
			text: `No source in the data says which Kubernetes platforms ${os.productName} runs on.`,
		};
	const names = platforms.map((candidate) => platformName(products, candidate.platform));
	return {
		verdict: 'not-listed',
		text: `No source in the data says ${os.productName} runs on ${chosen}; it is documented for ${listText(names)} only.`,
		...(platforms[0] ? { source: platforms[0].source.url } : {}),
	};
}

function runtimeOriginFinding(
	releases: readonly OsReleasesFile[],
	os: LineChoice,
	shipment: Shipment,
	runtime: CompatibilityInput['runtime'],
	chooses: boolean
): CompatibilityFinding {
	const provision = releases.find((file) => file.id === os.productId)?.data.runtime;
	const shipped = shipment.components.find((component) => component.key === 'containerd');
	if (runtime?.chosen)
		return {
			verdict: 'note',
			text: shipped
				? `${os.label} ships ${componentText(shipped)}; ${runtime.label} replaces it, which the OS allows.`
				: `${os.label} ships no container runtime; ${runtime.label} is the one installed on it.`,
			...(provision ? { source: provision.source.url } : {}),
		};
	if (shipped)
		return {
			verdict: 'note',
			text: `${os.label} ships ${componentText(shipped)}${shipped.basis === 'line' ? ' (as documented for the line)' : ''}; the runtime the OS ships is the one that runs${chooses ? ' unless it is replaced' : ''}.`,
			source: shipped.source.url,
		};
	return {
		verdict: 'none',
		text: chooses
			? `${os.label} ships no container runtime in the data; choose the one installed on it.`
			: `No source in the data says which container runtime ${os.label} ships.`,
		...(provision ? { source: provision.source.url } : {}),
	};
}

function runtimeKubernetesFinding(
	runtimeProduct: LifecycleProduct,
	runtime: NonNullable<CompatibilityInput['runtime']>,
	minor: string
): CompatibilityFinding {
	const name = runtimeProduct.data.name;
	const verdict = kubernetesRecommendation(runtimeProduct, runtime.version, minor);
	switch (verdict.verdict) {
		case 'recommended':
			return {
				verdict: 'listed',
				text: `${name}'s support table recommends ${runtime.label} for Kubernetes ${minor}.`,
				source: verdict.source,
			};
		case 'below-minimum':
			return {
				verdict: 'not-listed',
				text: `${name}'s support table recommends ${verdict.minimum} or later for Kubernetes ${minor}, newer than ${runtime.label}.`,
				source: verdict.source,
			};
		case 'not-listed':
			return {
				verdict: 'not-listed',
				text: `${name}'s support table lists ${listText(verdict.listed.map(recommendedText))} for Kubernetes ${minor}, not ${runtime.label}.`,
				source: verdict.source,
			};
		case 'undecided':
			return {
				verdict: 'none',
				text: `${name}'s support table recommends ${verdict.minimum} or later for Kubernetes ${minor}; which release of ${runtime.label} runs is not in the data.`,
				source: verdict.source,
			};
		case 'not-covered':
			return {
				verdict: 'none',
				text: `${name}'s support table in the data does not cover Kubernetes ${minor}.`,
			};
	}
}

/**
 * The platform and runtime lines of the common stacks: upstream orchestrator lines in standard support or not
 * yet released and the newest line of every platform; runtime LTS lines still supported and the newest
 * runtime line.
 */
export function commonStackLines(
	products: readonly LifecycleProduct[],
	today: IsoDate
): { platform: LineChoice[]; runtime: LineChoice[] } {
	const options = stackOptions(products);
	const lineOf = (option: LineChoice) => {
		const product = products.find((candidate) => candidate.id === option.productId);
		const line = product && findLine(product, option.lineId);
		return product && line ? { product, line } : undefined;
	};
	const isNewest = (found: NonNullable<ReturnType<typeof lineOf>>) =>
		found.product.data.lines.at(-1)?.id === found.line.id;
	return {
		platform: options.platform.filter((option) => {
			const found = lineOf(option);
			if (!found) return false;
			return (
				isNewest(found) ||
				(found.product.data.kind === 'orchestrator' &&
					['standard', 'not-yet-released'].includes(supportStateOn(found.line, today)))
			);
		}),
		runtime: options.runtime.filter((option) => {
			const found = lineOf(option);
			if (!found) return false;
			return (
				isNewest(found) ||
				(found.line.lts && ['standard', 'extended'].includes(supportStateOn(found.line, today)))
			);
		}),
	};
}

/**
 * The bounded set of stacks that get a static result page (the calculator's answer when JavaScript is off),
 * kept small because every page is a full document: each common platform line with the OS streams of
 * content/releases/ that a source says run on it (and that list its Kubernetes minor, where they list any),
 * and, where the OS ships no runtime and users install one, each common runtime line. Any other combination
 * is still answered by the calculator with JavaScript.
 */
export function commonStacks(
	products: readonly LifecycleProduct[],
	releases: readonly OsReleasesFile[],
	today: IsoDate
): StackChoice[] {
	const options = stackOptions(products);
	const { platform: platforms, runtime: runtimes } = commonStackLines(products, today);
	const streams = options.os.filter((option) =>
		releases.some(
			(file) =>
				file.id === option.productId &&
				file.data.streams.some((stream) => stream.line === option.lineId)
		)
	);
	const stacksOn = (platform: LineChoice) =>
		streams.flatMap((os): StackChoice[] => {
			if (!runsOn(releases, os.productId, platform.productId)) return [];
			const shipment = lineShipment(os.productId, os.lineId, releases, products);
			const { kubernetes } = shipment;
			if (kubernetes.length > 0 && !kubernetes.some((entry) => entry.minor === platform.lineId))
				return [];
			const base = { platform: platform.slug, os: os.slug };
			const shipsRuntime = shipment.components.some((component) => component.key === 'containerd');
			return shipsRuntime || !osLetsUsersChooseRuntime(releases, os.productId)
				? [base]
				: runtimes.map((runtime) => ({ ...base, runtime: runtime.slug }));
		});
	return platforms.flatMap(stacksOn);
}

export function stackPath(choice: StackChoice): string {
	return `lifecycles/stack/${choice.platform}/${choice.os}/${choice.runtime ? `${choice.runtime}/` : ''}`;
}
