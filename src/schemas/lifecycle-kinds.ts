/**
 * The kinds of product in the lifecycle data, in the order pages list them. Free of zod: the stack calculator,
 * which runs in the browser, orders products by kind.
 */
export const lifecycleKinds = [
	'orchestrator',
	'managed-service',
	'os',
	'runtime',
	'kernel',
] as const;
