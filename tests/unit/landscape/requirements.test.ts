import { describe, expect, it } from 'vitest';
import { choose, readSelection, writeSelection, type Selection } from '#src/landscape/choose.ts';
import { chooserData } from '#src/landscape/chooser-data.ts';
import { coverageOf, gapsOf } from '#src/landscape/coverage.ts';
import { matrixFilters } from '#src/landscape/fields.ts';
import { assess, requirements, ruleText, valuesOf } from '#src/landscape/requirements.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';
import { exampleLandscapeEntry } from '../schemas/helpers.ts';

const example = exampleLandscapeEntry();
const source = { url: 'https://example.org/docs/' };
/** The fixture entry with other values; each filled value gets a source, as the schema demands. */
const os = (id: string, values: Partial<LandscapeOs> = {}): LandscapeOs => ({
	...example,
	id,
	name: id,
	...values,
	sources: Object.fromEntries(
		Object.keys({ ...example.sources, ...values }).map((field) => [field, source])
	),
});

// Fixed systems: the fixture's values (no SSH, SELinux enforcing, Secure Boot unknown, no LTS) and variations.
const alpha = os('alpha', {
	secureBoot: 'yes',
	lts: 'yes',
	ltsMonths: 24,
	wasm: 'available',
	orchestrators: ['Kubernetes', 'k3s'],
});
const beta = os('beta', { secureBoot: 'yes', access: 'ssh', lts: 'yes', ltsMonths: 12 });
const gamma = os('gamma', { architectures: 'unknown' });
const retired = os('retired', {
	lifecycle: 'end-of-life',
	endOfLife: '2025-01-01',
	secureBoot: 'yes',
});
const systems = [alpha, beta, gamma, retired];
const data = chooserData(systems);
const requirement = (id: string) => requirements.find((candidate) => candidate.id === id)!;
const names = (results: { system: { id: string } }[]) => results.map((result) => result.system.id);
const selection = (chosen: Record<string, string>, includeInactive = false): Selection => ({
	chosen,
	includeInactive,
});

describe('requirement rules', () => {
	it('classify every value of each closed-set field they read, so none is left to chance', () => {
		for (const { id, field, rule } of requirements) {
			if (rule.kind === 'values') {
				const classified = [...rule.met, ...rule.notMet, 'unknown'].sort();
				expect(classified, id).toEqual(Object.keys(valuesOf(field)).sort());
			}
			if (rule.kind === 'filter') {
				const filter = matrixFilters.find((candidate) => candidate.name === rule.name);
				expect([...rule.met, ...rule.notMet, 'unknown'].sort(), id).toEqual(
					Object.keys(filter?.values ?? {}).sort()
				);
			}
		}
	});

	it('say their rule in words, with the labels readers see on the OS pages', () => {
		expect(ruleText(requirement('mac'))).toBe(
			'Met when SELinux / AppArmor is SELinux enforcing or AppArmor; not met when it is SELinux permissive or None; otherwise unknown.'
		);
		expect(ruleText(requirement('support'))).toBe(
			'Met when LTS support (months) is at least your choice; not met when it is less, or when LTS channel is No; otherwise unknown.'
		);
	});

	it('read a list field: held is met, a list without it is not, unknown stays unknown', () => {
		const architecture = requirement('architecture');
		expect(assess(architecture, 'aarch64', alpha).verdict).toBe('met');
		expect(assess(architecture, 'riscv64', alpha).verdict).toBe('not-met');
		expect(assess(architecture, 'riscv64', gamma).verdict).toBe('unknown');
	});

	it('read support length from the LTS months, and no LTS stream as not met', () => {
		const support = requirement('support');
		expect(assess(support, '24', alpha)).toEqual({ verdict: 'met', field: 'ltsMonths' });
		expect(assess(support, '24', beta)).toEqual({ verdict: 'not-met', field: 'ltsMonths' });
		expect(assess(support, '12', gamma)).toEqual({ verdict: 'not-met', field: 'lts' });
		expect(assess(support, '12', os('unstated', { lts: 'unknown' })).verdict).toBe('unknown');
	});

	it('read Cluster API from the matrix filter and air-gapped updates from any stated way', () => {
		expect(assess(requirement('cluster-api'), undefined, alpha).verdict).toBe('not-met');
		expect(
			assess(requirement('cluster-api'), undefined, os('capi', { capiBootstrap: 'CABPK' })).verdict
		).toBe('met');
		expect(assess(requirement('air-gapped-updates'), undefined, alpha).verdict).toBe('unknown');
		expect(
			assess(
				requirement('air-gapped-updates'),
				undefined,
				os('offline', { offlineUpdates: 'A USB stick' })
			).verdict
		).toBe('met');
	});
});

describe('the chooser with fixed requirement sets', () => {
	it('ranks systems that meet everything by the capabilities they also have, then support', () => {
		const results = choose(data, selection({ orchestrator: 'Kubernetes' }));
		// alpha also has Secure Boot and WebAssembly; beta Secure Boot but SSH; gamma no stated support.
		expect(names(results.meet)).toEqual(['alpha', 'beta', 'gamma']);
		expect(results.toAsk).toEqual([]);
		expect(results.fail).toEqual([]);
	});

	it('shows a system with unknowns apart, with the question to ask, and never among the matches', () => {
		const results = choose(data, selection({ 'secure-boot': 'yes', architecture: 'aarch64' }));
		expect(names(results.meet)).toEqual(['alpha', 'beta']);
		expect(names(results.toAsk)).toEqual(['gamma']);
		const unknowns = results.toAsk[0]!.unknown;
		expect(unknowns.map((row) => row.capability.label)).toEqual([
			'CPU architecture: aarch64',
			'Boots with UEFI Secure Boot',
		]);
		expect(unknowns[0]!.capability.question).toBe('Do you publish aarch64 images?');
		expect(unknowns[0]!.finding).toEqual({
			verdict: 'unknown',
			value: 'Unknown',
			evidence: '/landscape/gamma/#system',
		});
	});

	it('lists a system that fails a requirement with what it fails and the evidence', () => {
		const results = choose(data, selection({ 'no-ssh': 'yes', support: '24' }));
		expect(names(results.meet)).toEqual(['alpha']);
		expect(names(results.fail)).toEqual(['gamma', 'beta']);
		expect(results.fail[1]!.notMet.map((row) => row.finding.value)).toEqual([
			'12',
			'Shell over SSH',
		]);
		expect(results.fail[1]!.notMet[1]!.finding.source).toBe(source.url);
	});

	it('leaves inactive projects out unless asked for', () => {
		expect(names(choose(data, selection({ 'secure-boot': 'yes' })).meet)).not.toContain('retired');
		expect(names(choose(data, selection({ 'secure-boot': 'yes' }, true)).meet)).toContain(
			'retired'
		);
	});

	it('reads and writes its state in the query string, ignoring values it does not offer', () => {
		const read = readSelection('?architecture=aarch64&no-ssh=yes&wasm=maybe&support=7&all=1', data);
		expect(read).toEqual(selection({ architecture: 'aarch64', 'no-ssh': 'yes' }, true));
		expect(writeSelection('?ref=talk', data, read)).toBe(
			'?ref=talk&architecture=aarch64&no-ssh=yes&all=1'
		);
		expect(readSelection(writeSelection('', data, read), data)).toEqual(read);
	});
});

describe('the landscape gaps', () => {
	const gapKeys = (list: readonly LandscapeOs[]) =>
		gapsOf(coverageOf(list)).map((gap) => gap.capability.key);

	it('name capabilities at most two active projects provide, counting no inactive one', () => {
		const gaps = gapKeys(systems);
		expect(gaps).toContain('wasm');
		expect(gaps).toContain('architecture=riscv64');
		expect(gaps).not.toContain('mac');
		// Fits such as an orchestrator are not capabilities a project lacks.
		expect(gaps.some((key) => key.startsWith('orchestrator'))).toBe(false);
	});

	it('follow the data: a third provider closes a gap, a lost one opens another', () => {
		expect(gapKeys(systems)).toContain('wasm');
		expect(gapKeys(systems)).not.toContain('mac');
		const changed = [
			alpha,
			{ ...beta, wasm: 'available' as const },
			{ ...gamma, wasm: 'available' as const, mac: 'selinux-permissive' as const },
			{ ...retired, mac: 'selinux-permissive' as const },
		];
		expect(gapKeys(changed)).not.toContain('wasm');
		expect(gapKeys(changed)).toContain('mac');
	});
});
