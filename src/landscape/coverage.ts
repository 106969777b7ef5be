import type { LandscapeOs } from '#src/schemas/landscape.ts';
import type { Verdict } from './choose.ts';
import { evidencedFinding } from './chooser-data.ts';
import { capabilitiesOf, type Capability } from './requirements.ts';
import type { Finding } from './choose.ts';

/**
 * Which operating systems provide each capability the chooser knows, which do not and which are unknown: the
 * gaps page and the chooser's page without JavaScript both show it, for active projects only (a gap is what a
 * reader cannot get today).
 */
export interface Coverage {
	capability: Capability;
	/** Each verdict's systems, by name, with what decides it. */
	systems: Record<Verdict, { os: LandscapeOs; finding: Finding }[]>;
}

/** A capability is a gap when at most this many active projects are known to provide it. */
export const gapThreshold = 2;

export function coverageOf(systems: readonly LandscapeOs[]): Coverage[] {
	const active = systems
		.filter((os) => os.lifecycle === 'active')
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return capabilitiesOf(active).map((capability) => {
		const grouped: Coverage['systems'] = { met: [], 'not-met': [], unknown: [] };
		for (const os of active) {
			const finding = evidencedFinding(os, capability);
			grouped[finding.verdict].push({ os, finding });
		}
		return { capability, systems: grouped };
	});
}

/** Capabilities few or no active projects are known to provide, by requirement, in the requirements' order. */
export function gapsOf(coverage: readonly Coverage[]): Coverage[] {
	return coverage.filter(
		(entry) => entry.capability.requirement.capability && entry.systems.met.length <= gapThreshold
	);
}
