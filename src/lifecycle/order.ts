import { lifecycleKinds } from '../schemas/lifecycle-kinds.ts';
import type { LifecycleProduct } from './support.ts';

/**
 * Lanes and tables read from the cluster down: Kubernetes, the managed services that extend it, OS streams,
 * runtimes, kernels; products of one kind by name.
 */
export function productOrder(a: LifecycleProduct, b: LifecycleProduct): number {
	const byKind = lifecycleKinds.indexOf(a.data.kind) - lifecycleKinds.indexOf(b.data.kind);
	return byKind !== 0 ? byKind : a.data.name.localeCompare(b.data.name);
}

/** A site path under the deployment's base path (`/` locally, `/<repository>/` on a Pages project site). */
export function withBase(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
