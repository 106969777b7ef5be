import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import type { IsoDate } from './dates.ts';
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
 * "When does my stack fall out of support?": a Kubernetes platform (upstream or a managed service), an OS
 * stream and a container runtime, each one release line of one lifecycle file. Everything here is computed
 * from the lifecycle data alone, so the static result pages and the in-page calculator give the same answer.
 */
export const stackRoles = ['platform', 'os', 'runtime'] as const;
export type StackRole = (typeof stackRoles)[number];

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

export type StackChoice = Record<StackRole, string>;

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

export interface StackComponent {
	role: StackRole;
	choice: LineChoice;
	line: ReleaseLine;
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
	components: StackComponent[];
	earliestStandardEnd: EarliestEnd<StackComponent>;
	earliestSupportEnd: EarliestEnd<StackComponent>;
	compatibility: CompatibilityFinding[];
}

/** The report for one choice of lines, or undefined when a slug names no line in the data. */
export function stackReport(
	products: readonly LifecycleProduct[],
	choice: StackChoice,
	today: IsoDate
): StackReport | undefined {
	const options = stackOptions(products);
	const components: StackComponent[] = [];
	for (const role of stackRoles) {
		const picked = options[role].find((option) => option.slug === choice[role]);
		const product = picked && products.find((candidate) => candidate.id === picked.productId);
		const line = picked && product && findLine(product, picked.lineId);
		if (!picked || !line) return undefined;
		components.push({
			role,
			choice: picked,
			line,
			state: supportStateOn(line, today),
			standardEnd: standardEndOf(line),
			supportEnd: supportEndOf(line),
		});
	}
	return {
		components,
		earliestStandardEnd: earliestEnd(components, (component) => component.standardEnd),
		earliestSupportEnd: earliestEnd(components, (component) => component.supportEnd),
		compatibility: compatibilityOf(
			products,
			components as [StackComponent, StackComponent, StackComponent]
		),
	};
}

/** What the compatibility lists in the data say about each pair of the stack; silence is reported too. */
export function compatibilityOf(
	products: readonly LifecycleProduct[],
	[platform, os, runtime]: readonly [StackComponent, StackComponent, StackComponent]
): CompatibilityFinding[] {
	const edgeOf = (component: StackComponent) =>
		products
			.find((product) => product.id === component.choice.productId)
			?.data.compatibility?.find((edge) => edge.line === component.line.id);
	const minor = platform.line.id;
	const kubernetesName = `Kubernetes ${minor}`;
	const osEdge = edgeOf(os);
	const runtimeEdge = edgeOf(runtime);
	const findings: CompatibilityFinding[] = [];

	// What the OS and the runtime each document about this Kubernetes minor, worded the same way for both.
	const kubernetesFinding = (component: typeof os, edge: typeof osEdge): CompatibilityFinding => {
		if (!edge?.kubernetes)
			return {
				verdict: 'none',
				text: `No source in the data says which Kubernetes minors ${component.choice.label} supports.`,
			};
		return edge.kubernetes.includes(minor)
			? {
					verdict: 'listed',
					text: `${component.choice.label} lists ${kubernetesName} as supported.`,
					source: edge.source,
				}
			: {
					verdict: 'not-listed',
					text: `${component.choice.label} lists Kubernetes ${edge.kubernetes.join(', ')}, not ${minor}.`,
					source: edge.source,
				};
	};
	findings.push(kubernetesFinding(os, osEdge), kubernetesFinding(runtime, runtimeEdge));

	const shippedRuntime = runtime.choice.productId === 'containerd' ? osEdge?.containerd : undefined;
	if (shippedRuntime !== undefined && osEdge) {
		findings.push(
			shippedRuntime === runtime.line.id
				? {
						verdict: 'listed',
						text: `${os.choice.label} ships ${runtime.choice.label}.`,
						source: osEdge.source,
					}
				: {
						verdict: 'not-listed',
						text: `${os.choice.label} ships ${runtime.choice.productName} ${shippedRuntime}, not ${runtime.line.id}; the runtime the OS ships is the one that runs.`,
						source: osEdge.source,
					}
		);
	} else {
		findings.push({
			verdict: 'none',
			text: `No source in the data says which ${runtime.choice.productName} line ${os.choice.label} ships.`,
		});
	}

	if (osEdge?.kernel) {
		const kernel = products.find((product) => product.data.kind === 'kernel');
		const kernelLine = kernel && findLine(kernel, osEdge.kernel);
		const kernelEnd = kernelLine && supportEndOf(kernelLine);
		const kernelText = kernelEnd?.known
			? `; ${kernel?.data.name} ${osEdge.kernel} has a projected end of ${kernelEnd.date}, though the OS vendor maintains the kernel it ships`
			: '; that kernel line is not in the kernel.org longterm data';
		findings.push({
			verdict: 'note',
			text: `${os.choice.label} ships Linux kernel ${osEdge.kernel}${kernelText}.`,
			source: osEdge.source,
		});
	}
	return findings;
}

/**
 * The bounded set of stacks that get a static result page (the calculator's answer when JavaScript is off),
 * kept small because every page is a full document: upstream orchestrator lines in standard support or not yet
 * released, runtime LTS lines still supported, and the newest line of every product. Any other combination is
 * still answered by the calculator with JavaScript.
 */
export function commonStackLines(
	products: readonly LifecycleProduct[],
	today: IsoDate
): Record<StackRole, LineChoice[]> {
	const options = stackOptions(products);
	const isCommon = (option: LineChoice) => {
		const product = products.find((candidate) => candidate.id === option.productId);
		const line = product && findLine(product, option.lineId);
		if (!product || !line) return false;
		const state = supportStateOn(line, today);
		if (product.data.lines.at(-1)?.id === line.id) return true;
		if (product.data.kind === 'orchestrator')
			return ['standard', 'not-yet-released'].includes(state);
		if (product.data.kind === 'runtime')
			return line.lts && ['standard', 'extended'].includes(state);
		return false;
	};
	return {
		platform: options.platform.filter(isCommon),
		os: options.os.filter(isCommon),
		runtime: options.runtime.filter(isCommon),
	};
}

export function commonStacks(products: readonly LifecycleProduct[], today: IsoDate): StackChoice[] {
	const lines = commonStackLines(products, today);
	return lines.platform.flatMap((platform) =>
		lines.os.flatMap((os) =>
			lines.runtime.map((runtime) => ({
				platform: platform.slug,
				os: os.slug,
				runtime: runtime.slug,
			}))
		)
	);
}

export function stackPath(choice: StackChoice): string {
	return `lifecycles/stack/${choice.platform}/${choice.os}/${choice.runtime}/`;
}
