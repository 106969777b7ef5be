/**
 * How a node gets its container runtime, as content/releases/<os>.yaml states it (zod-free: the stack
 * calculator's browser code reads it). `built-in`: the OS ships it and nodes run that one; `replaceable`: the OS
 * ships one that users may remove for another; `user-installed`: the OS ships none.
 */
export const runtimeProvisions = ['built-in', 'replaceable', 'user-installed'] as const;
export type RuntimeProvision = (typeof runtimeProvisions)[number];

/** Whether the reader, not the OS, decides which runtime release a node runs. */
export const runtimeIsChosen = (provision: RuntimeProvision) => provision !== 'built-in';
