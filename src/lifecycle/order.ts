import { lifecycleKinds } from '#src/schemas/lifecycle-kinds.ts';
import type { LifecycleProduct } from './support.ts';

/**
 * Lanes and tables read from the cluster down: Kubernetes, the managed services that extend it, OS streams,
 * runtimes, kernels; products of one kind by name.
 */
export function productOrder(a: LifecycleProduct, b: LifecycleProduct): number {
	const byKind = lifecycleKinds.indexOf(a.data.kind) - lifecycleKinds.indexOf(b.data.kind);
	return byKind !== 0 ? byKind : a.data.name.localeCompare(b.data.name);
}
