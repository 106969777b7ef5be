import { pathWithBase } from '#src/base-path.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';
import type { LandscapeField } from '#src/schemas/landscape-fields.ts';
import type { ChooserData, ChooserSystem, FieldValue, Finding } from './choose.ts';
import {
	anchorOf,
	assess,
	capabilitiesOf,
	choicesOf,
	requirements,
	shownValue,
	type Capability,
} from './requirements.ts';

/** What the chooser page carries for its script: every requirement's verdict for every OS, decided at build time. */
export function chooserData(systems: readonly LandscapeOs[]): ChooserData {
	const capabilities = capabilitiesOf(systems);
	return {
		requirements: requirements.map((requirement) => ({
			id: requirement.id,
			label: requirement.label,
			choices: choicesOf(requirement, systems).map((choice) => choice.value),
			capability: requirement.capability,
		})),
		capabilities: capabilities.map(({ key, requirement, label, question }) => ({
			key,
			requirement: requirement.id,
			label,
			question,
		})),
		systems: systems.map((os) => systemOf(os, capabilities)),
	};
}

function systemOf(os: LandscapeOs, capabilities: readonly Capability[]): ChooserSystem {
	const ask = [os.repository, os.homepage].find((url) => url !== 'unknown');
	const verdicts = Object.fromEntries(
		capabilities.map((capability) => [
			capability.key,
			assess(capability.requirement, capability.choice, os),
		])
	);
	const fields = [...new Set(Object.values(verdicts).map((decided) => decided.field))];
	return {
		id: os.id,
		name: os.name,
		active: os.lifecycle === 'active',
		page: pathWithBase(`/landscape/${os.id}/`),
		...(ask ? { ask } : {}),
		supportMonths: typeof os.ltsMonths === 'number' ? os.ltsMonths : 0,
		values: Object.fromEntries(fields.map((field) => [field, fieldValueOf(os, field)])),
		verdicts,
	};
}

/** A field's value as the OS page shows it, with its source and the OS page section that shows both. */
function fieldValueOf(os: LandscapeOs, field: LandscapeField): FieldValue {
	const source = os.sources[field]?.url;
	return {
		value: shownValue(os, field),
		...(source ? { source } : {}),
		evidence: pathWithBase(`/landscape/${os.id}/#${anchorOf(field)}`),
	};
}

/** One verdict with the value behind it, its source (unless unknown) and the OS page section that shows both. */
export function evidencedFinding(os: LandscapeOs, capability: Capability): Finding {
	const { verdict, field } = assess(capability.requirement, capability.choice, os);
	const { source, ...shown } = fieldValueOf(os, field);
	return verdict === 'unknown' || !source ? { ...shown, verdict } : { ...shown, source, verdict };
}
