import { describe, expect, it } from 'vitest';
import { earliestText } from '#src/lifecycle/describe.ts';
import {
	commonStackLines,
	commonStacks,
	lineSlug,
	stackOptions,
	stackPath,
	stackReport,
	type StackComponent,
} from '#src/lifecycle/stack.ts';
import { fixtureProducts } from './products.ts';

const products = fixtureProducts();
const nameOf = (component: StackComponent) => component.choice.label;

describe('stack choices', () => {
	it('makes URL-safe slugs from product and line ids', () => {
		expect(lineSlug('kubernetes', '1.35')).toBe('kubernetes-1.35');
		expect(lineSlug('flatcar', 'LTS-2024 (4081)')).toBe('flatcar-lts-2024-4081');
		expect(lineSlug('cos', 'COS 117 LTS')).toBe('cos-cos-117-lts');
	});

	it('offers platforms, OS lines and runtimes by kind, newest line first; products without lines offer nothing', () => {
		const options = stackOptions(products);
		expect(options.platform.map((option) => option.slug)).toEqual([
			'cloud-1.1',
			'kube-1.1',
			'kube-1.0',
		]);
		expect(options.os.map((option) => option.slug)).toEqual(['stream-os-b', 'stream-os-a']);
		expect(options.runtime.map((option) => option.slug)).toEqual([
			'containerd-2.1',
			'containerd-2.0',
		]);
	});
});

describe('stack report', () => {
	it('gives each component its ends and the earliest end with and without extended support', () => {
		const report = stackReport(
			products,
			{ platform: 'cloud-1.1', os: 'stream-os-b', runtime: 'containerd-2.0' },
			'2025-12-01'
		);
		expect(
			report?.components.map((component) => [component.choice.label, component.state])
		).toEqual([
			['Cloud Kube 1.1', 'standard'],
			['Stream OS B', 'standard'],
			['containerd 2.0', 'standard'],
		]);
		expect(report?.earliestStandardEnd).toMatchObject({ known: true, date: '2026-01-31' });
		expect(report?.earliestSupportEnd).toMatchObject({ known: true, date: '2026-01-31' });
	});

	it("says unknown when a component's end of standard support is unknown, naming it beside the earliest known date", () => {
		const report = stackReport(
			products,
			{ platform: 'cloud-1.1', os: 'stream-os-b', runtime: 'containerd-2.1' },
			'2025-12-01'
		);
		expect(report?.earliestStandardEnd).toMatchObject({ known: false });
		expect(report && earliestText(report.earliestStandardEnd, nameOf)).toEqual({
			value: 'unknown',
			explanation:
				'The end date of containerd 2.1 is not published, so the stack may leave support sooner than any known date. The earliest known end is 2026-09-01 (Cloud Kube 1.1).',
		});
	});

	it('counts dated extended support, and an undated one only when it cannot come first', () => {
		const report = stackReport(
			products,
			{ platform: 'cloud-1.1', os: 'stream-os-a', runtime: 'containerd-2.0' },
			'2025-12-01'
		);
		expect(report?.earliestStandardEnd).toMatchObject({ known: true, date: '2026-01-31' });
		expect(report?.earliestSupportEnd).toMatchObject({ known: true, date: '2026-01-31' });
		const noRuntimeLimit = stackReport(
			products,
			{ platform: 'cloud-1.1', os: 'stream-os-b', runtime: 'containerd-2.0' },
			'2025-12-01'
		);
		expect(noRuntimeLimit?.earliestStandardEnd).toMatchObject({ known: true, date: '2026-01-31' });
	});

	it('reports an unknown extended end as unknown, never as the earliest known date', () => {
		const report = stackReport(
			products,
			{ platform: 'kube-1.1', os: 'stream-os-a', runtime: 'containerd-2.1' },
			'2025-12-01'
		);
		const text = report && earliestText(report.earliestSupportEnd, nameOf);
		expect(text?.value).toBe('unknown');
		expect(text?.explanation).toContain(
			'The end dates of Stream OS A and containerd 2.1 are not published'
		);
		expect(text?.explanation).toContain('The earliest known end is 2026-08-01 (Kube 1.1)');
	});

	it('states what the compatibility lists say, what they contradict and where they are silent, with sources', () => {
		const report = stackReport(
			products,
			{ platform: 'kube-1.1', os: 'stream-os-a', runtime: 'containerd-2.0' },
			'2025-12-01'
		);
		expect(report?.compatibility).toEqual([
			{
				verdict: 'listed',
				text: 'Stream OS A lists Kubernetes 1.1 as supported.',
				source: 'https://example.org/os/a/matrix/',
			},
			{
				verdict: 'not-listed',
				text: 'containerd 2.0 lists Kubernetes 1.0, not 1.1.',
				source: 'https://example.org/containerd/releases/',
			},
			{
				verdict: 'listed',
				text: 'Stream OS A ships containerd 2.0.',
				source: 'https://example.org/os/a/matrix/',
			},
			{
				verdict: 'note',
				text: 'Stream OS A ships Linux kernel 6.6; Linux kernel 6.6 has a projected end of 2026-12-31, though the OS vendor maintains the kernel it ships.',
				source: 'https://example.org/os/a/matrix/',
			},
		]);
		const silent = stackReport(
			products,
			{ platform: 'cloud-1.1', os: 'stream-os-b', runtime: 'containerd-2.1' },
			'2025-12-01'
		);
		expect(silent?.compatibility.map((finding) => finding.verdict)).toEqual([
			'none',
			'none',
			'none',
		]);
	});

	it('returns nothing for a slug that names no line', () => {
		expect(
			stackReport(
				products,
				{ platform: 'kube-9.9', os: 'stream-os-a', runtime: 'containerd-2.0' },
				'2025-12-01'
			)
		).toBeUndefined();
	});
});

describe('common stacks (the static result pages)', () => {
	it("are upstream lines in support or unreleased, supported runtime LTS lines, and each product's newest line", () => {
		const lines = commonStackLines(products, '2026-07-15');
		expect(lines.platform.map((option) => option.slug)).toEqual(['cloud-1.1', 'kube-1.1']);
		expect(lines.os.map((option) => option.slug)).toEqual(['stream-os-b']);
		expect(lines.runtime.map((option) => option.slug)).toEqual(['containerd-2.1']);
		expect(commonStacks(products, '2026-07-15').map(stackPath)).toEqual([
			'lifecycles/stack/cloud-1.1/stream-os-b/containerd-2.1/',
			'lifecycles/stack/kube-1.1/stream-os-b/containerd-2.1/',
		]);
	});
});
