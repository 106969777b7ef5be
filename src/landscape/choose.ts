/**
 * The chooser's reasoning, on data the page carries (made by chooser-data.ts at build time): which operating
 * systems meet the requirements a reader states, which may (with unknowns to ask about) and which do not, and
 * in what order. No schema or field descriptor is imported, so the page's script stays small.
 */

export type Verdict = 'met' | 'not-met' | 'unknown';

export interface ChooserData {
	requirements: {
		id: string;
		label: string;
		/** The values a reader picks from; empty for a yes-or-no requirement. */
		choices: string[];
		/** Counted in the ranking when the reader has not asked for it (see `alsoMeets`). */
		capability: boolean;
	}[];
	capabilities: { key: string; requirement: string; label: string; question: string }[];
	systems: ChooserSystem[];
}

export interface ChooserSystem {
	id: string;
	name: string;
	active: boolean;
	/** The OS page. */
	page: string;
	/** Where to ask the project: its repository, or its homepage. */
	ask?: string;
	/** The stated support of one release stream in months; 0 when none is stated. */
	supportMonths: number;
	/** The values of the fields the requirements read, by field name: each once, however many verdicts cite it. */
	values: Record<string, FieldValue>;
	/** By capability key: the verdict and the field whose value decides it. */
	verdicts: Record<string, { verdict: Verdict; field: string }>;
}

export interface FieldValue {
	/** As the OS page shows it. */
	value: string;
	/** The page that states the value; none for an unknown. */
	source?: string;
	/** The section of the OS page that shows the value, its notes and its evidence. */
	evidence: string;
}

/** A verdict with the value that decides it. */
export interface Finding extends FieldValue {
	verdict: Verdict;
}

/** What the reader asked for: a choice per requirement (`yes` for a yes-or-no one), and whether to list inactive projects. */
export interface Selection {
	chosen: Record<string, string>;
	includeInactive: boolean;
}

/** The URL parameter that lists projects no longer active too. */
export const includeInactiveParameter = 'all';

export function readSelection(search: string, data: ChooserData): Selection {
	const params = new URLSearchParams(search);
	const chosen: Record<string, string> = {};
	for (const requirement of data.requirements) {
		const value = params.get(requirement.id);
		if (!value) continue;
		const valid =
			requirement.choices.length === 0 ? value === 'yes' : requirement.choices.includes(value);
		if (valid) chosen[requirement.id] = value;
	}
	return { chosen, includeInactive: params.get(includeInactiveParameter) === '1' };
}

/** The query string for a selection; parameters that are not the chooser's are kept. */
export function writeSelection(search: string, data: ChooserData, selection: Selection): string {
	const params = new URLSearchParams(search);
	for (const { id } of data.requirements) {
		const value = selection.chosen[id];
		if (value) params.set(id, value);
		else params.delete(id);
	}
	if (selection.includeInactive) params.set(includeInactiveParameter, '1');
	else params.delete(includeInactiveParameter);
	const query = params.toString();
	return query ? `?${query}` : '';
}

export interface Row {
	capability: ChooserData['capabilities'][number];
	finding: Finding;
}

export interface SystemResult {
	system: ChooserSystem;
	met: Row[];
	notMet: Row[];
	unknown: Row[];
	/** How many of the yes-or-no capabilities the reader did not ask for the OS meets: the ranking's first key. */
	alsoMeets: number;
}

export interface Results {
	/** Meet every stated requirement, best first. */
	meet: SystemResult[];
	/** Meet none of them less than stated, but some are unknown: fewest unknowns first. */
	toAsk: SystemResult[];
	/** Fail at least one: fewest failures first. */
	fail: SystemResult[];
}

/**
 * Sorts the systems the selection covers (active ones, or all) into those that meet every stated requirement,
 * those with unknowns and none failed, and those that fail one. Ranking: more of the yes-or-no capabilities the
 * reader did not ask for, then the longer stated support, then the name.
 */
export function choose(data: ChooserData, selection: Selection): Results {
	const stated = data.capabilities.filter((capability) => {
		const value = selection.chosen[capability.requirement];
		return (
			value !== undefined &&
			(capability.key === capability.requirement ||
				capability.key === `${capability.requirement}=${value}`)
		);
	});
	const extras = data.capabilities.filter((capability) => {
		const requirement = data.requirements.find(
			(candidate) => candidate.id === capability.requirement
		);
		return (
			requirement?.capability === true &&
			requirement.choices.length === 0 &&
			selection.chosen[requirement.id] === undefined
		);
	});
	const results = data.systems
		.filter((system) => selection.includeInactive || system.active)
		.map((system): SystemResult => {
			const rows = stated.flatMap((capability) => {
				const finding = findingOf(system, capability.key);
				return finding ? [{ capability, finding }] : [];
			});
			const having = (verdict: Verdict) => rows.filter((row) => row.finding.verdict === verdict);
			return {
				system,
				met: having('met'),
				notMet: having('not-met'),
				unknown: having('unknown'),
				alsoMeets: extras.filter((capability) => system.verdicts[capability.key]?.verdict === 'met')
					.length,
			};
		});
	const ranked = (a: SystemResult, b: SystemResult) =>
		b.alsoMeets - a.alsoMeets ||
		b.system.supportMonths - a.system.supportMonths ||
		a.system.name.localeCompare(b.system.name, 'en');
	return {
		meet: results
			.filter((result) => result.notMet.length + result.unknown.length === 0)
			.sort(ranked),
		toAsk: results
			.filter((result) => result.notMet.length === 0 && result.unknown.length > 0)
			.sort((a, b) => a.unknown.length - b.unknown.length || ranked(a, b)),
		fail: results
			.filter((result) => result.notMet.length > 0)
			.sort((a, b) => a.notMet.length - b.notMet.length || ranked(a, b)),
	};
}

/** A system's verdict on one capability with the value, source and OS page section behind it. */
export function findingOf(system: ChooserSystem, key: string): Finding | undefined {
	const decided = system.verdicts[key];
	const shown = decided && system.values[decided.field];
	if (!decided || !shown) return undefined;
	const { source, ...rest } = shown;
	return decided.verdict === 'unknown' || !source
		? { ...rest, verdict: decided.verdict }
		: { ...rest, source, verdict: decided.verdict };
}
