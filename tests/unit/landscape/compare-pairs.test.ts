import { describe, expect, it } from 'vitest';
import {
	comparePairs,
	pairSlug,
	pairTitle,
	pairsWith,
	sharedUseCases,
	type PairCandidate,
} from '#src/landscape/compare-pairs.ts';

const os = (id: string, spec: Partial<PairCandidate> = {}): PairCandidate => ({
	id,
	lifecycle: 'active',
	orchestrators: [],
	architectures: ['x86_64'],
	...spec,
});

describe('comparison pairs', () => {
	it('pairs active systems that name the same orchestrator, whatever its case', () => {
		expect(
			sharedUseCases(
				os('a', { orchestrators: ['Kubernetes', 'ECS'] }),
				os('b', { orchestrators: ['kubernetes', 'ECS', 'OKD'] })
			)
		).toEqual(['both run Kubernetes and ECS']);
	});

	it('pairs systems that both publish 32-bit Arm images, the embedded and edge class', () => {
		expect(
			sharedUseCases(
				os('a', { architectures: ['aarch64', 'armv7'] }),
				os('b', { architectures: ['armv6'] })
			)
		).toEqual(['both publish 32-bit Arm images for embedded and edge devices']);
		expect(
			sharedUseCases(os('a', { architectures: ['armv7'] }), os('b', { architectures: 'unknown' }))
		).toEqual([]);
	});

	it('never pairs a system that is not active, nor two that share only an architecture', () => {
		const kubernetes = { orchestrators: ['Kubernetes'] };
		expect(
			sharedUseCases(os('a', kubernetes), os('b', { ...kubernetes, lifecycle: 'end-of-life' }))
		).toEqual([]);
		expect(
			sharedUseCases(os('a', kubernetes), os('b', { ...kubernetes, lifecycle: 'maintenance' }))
		).toEqual([]);
		expect(sharedUseCases(os('a'), os('b'))).toEqual([]);
		expect(sharedUseCases(os('a', { orchestrators: 'unknown' }), os('b', kubernetes))).toEqual([]);
	});

	it('lists each pair once, its ids and address in alphabetical order, pairs ordered by address', () => {
		const pairs = comparePairs([
			os('talos', { orchestrators: ['Kubernetes'] }),
			os('flatcar', { orchestrators: ['Kubernetes', 'ECS'] }),
			os('bottlerocket', { orchestrators: ['Kubernetes', 'ECS'] }),
			os('cos', { orchestrators: ['GKE'] }),
		]);
		expect(pairs.map((pair) => pair.slug)).toEqual([
			'bottlerocket-vs-flatcar',
			'bottlerocket-vs-talos',
			'flatcar-vs-talos',
		]);
		expect(pairs[0]).toEqual({
			ids: ['bottlerocket', 'flatcar'],
			slug: 'bottlerocket-vs-flatcar',
			shared: ['both run Kubernetes and ECS'],
		});
		expect(pairsWith(pairs, 'talos').map(({ other }) => other)).toEqual([
			'bottlerocket',
			'flatcar',
		]);
		expect(pairTitle(pairs[0]!, (id) => id.toUpperCase())).toBe('BOTTLEROCKET vs FLATCAR');
	});

	it('names a pair the same way whichever order its ids come in', () => {
		expect(pairSlug('talos', 'flatcar')).toBe('flatcar-vs-talos');
		expect(pairSlug('flatcar', 'talos')).toBe('flatcar-vs-talos');
	});
});
