import { describe, expect, it } from 'vitest';
import { earliestText } from '#src/lifecycle/describe.ts';
import {
	commonStackLines,
	commonStacks,
	lineSlug,
	osLetsUsersChooseRuntime,
	stackOptions,
	stackPath,
	stackReport,
	type StackComponent,
} from '#src/lifecycle/stack.ts';
import { fixtureProducts } from './products.ts';
import { fixtureReleases, withProvision } from './releases.ts';

const products = fixtureProducts();
const releases = fixtureReleases();
const nameOf = (component: StackComponent) => component.label;

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

	it('lets the reader pick a runtime only where the OS ships none or lets its users replace it', () => {
		expect(osLetsUsersChooseRuntime(releases, 'stream-os')).toBe(false);
		expect(osLetsUsersChooseRuntime(withProvision(releases, 'replaceable'), 'stream-os')).toBe(
			true
		);
		expect(osLetsUsersChooseRuntime(releases, 'policy-only')).toBe(false);
	});
});

describe('stack report', () => {
	it('takes the runtime and kernel the OS stream ships, and counts every component in the earliest end', () => {
		const report = stackReport(
			products,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a' },
			'2025-12-01'
		);
		expect(
			report?.components.map((component) => [
				component.role,
				component.label,
				component.origin,
				component.state,
			])
		).toEqual([
			['platform', 'Kube 1.1', 'chosen', 'standard'],
			['os', 'Stream OS A', 'chosen', 'standard'],
			['runtime', 'containerd 2.0.4', 'shipped', 'standard'],
			['kernel', 'Linux 6.6', 'shipped', 'standard'],
		]);
		expect(report?.earliestStandardEnd).toMatchObject({ known: true, date: '2026-01-31' });
		expect(report && earliestText(report.earliestSupportEnd, nameOf).explanation).toBe(
			'containerd 2.0.4 ends first.'
		);
	});

	it('ignores a runtime choice where the OS ships its own', () => {
		const report = stackReport(
			products,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a', runtime: 'containerd-2.1' },
			'2025-12-01'
		);
		expect(report?.components.find((component) => component.role === 'runtime')?.label).toBe(
			'containerd 2.0.4'
		);
	});

	it('puts the reader’s runtime in place of the shipped one where the OS allows it', () => {
		const replaceable = withProvision(releases, 'replaceable');
		const report = stackReport(
			products,
			replaceable,
			{ platform: 'kube-1.1', os: 'stream-os-a', runtime: 'containerd-2.1' },
			'2025-12-01'
		);
		expect(report?.components.find((component) => component.role === 'runtime')).toMatchObject({
			label: 'containerd 2.1',
			origin: 'chosen',
		});
		expect(report?.compatibility.map((finding) => finding.text)).toContain(
			'Stream OS A ships containerd 2.0.4; containerd 2.1 replaces it, which the OS allows.'
		);
		expect(report?.earliestStandardEnd).toMatchObject({ known: false });
	});

	it('asks for a runtime where the OS ships none, and says unknown for a stream whose components are not recorded', () => {
		const report = stackReport(
			products,
			withProvision(releases, 'user-installed'),
			{ platform: 'kube-1.1', os: 'stream-os-b' },
			'2025-12-01'
		);
		expect(report?.components.map((component) => component.role)).toEqual(['platform', 'os']);
		expect(report?.compatibility).toContainEqual({
			verdict: 'none',
			text: 'Stream OS B ships no container runtime in the data; choose the one installed on it.',
			source: 'https://example.org/os/runtime/',
		});
	});

	it('states which pairs the sources document, which they contradict and where they are silent', () => {
		const report = stackReport(
			products,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a' },
			'2025-12-01'
		);
		expect(report?.compatibility).toEqual([
			{
				verdict: 'listed',
				text: 'Stream OS is documented as a node OS for Kube (self-managed).',
				source: 'https://example.org/os/platforms/',
			},
			{
				verdict: 'listed',
				text: 'Stream OS A ships Kubernetes 1.1.',
				source: 'https://example.org/os/a/3/',
			},
			{
				verdict: 'note',
				text: 'Stream OS A ships containerd 2.0.4; the runtime the OS ships is the one that runs.',
				source: 'https://example.org/os/a/3/',
			},
			{
				verdict: 'not-listed',
				text: "containerd's support table recommends 2.0.5 or later for Kubernetes 1.1, newer than containerd 2.0.4.",
				source: 'https://example.org/containerd/releases/',
			},
			{
				verdict: 'note',
				text: "Stream OS A ships Linux 6.6 (as documented for the line); kernel.org's end dates are projections, and whether the OS vendor maintains the kernel beyond them is the vendor's to say.",
				source: 'https://example.org/os/a/matrix/',
			},
		]);
		const elsewhere = stackReport(
			products,
			releases,
			{ platform: 'cloud-1.1', os: 'stream-os-b' },
			'2025-12-01'
		);
		expect(elsewhere?.compatibility.slice(0, 3)).toEqual([
			{
				verdict: 'not-listed',
				text: 'No source in the data says Stream OS runs on Cloud Kube; it is documented for Kube (self-managed) only.',
				source: 'https://example.org/os/platforms/',
			},
			{
				verdict: 'none',
				text: 'No source in the data says which Kubernetes minors Stream OS B supports.',
			},
			{
				verdict: 'none',
				text: 'No source in the data says which container runtime Stream OS B ships.',
				source: 'https://example.org/os/runtime/',
			},
		]);
	});

	it('warns about what the chosen stream ships once it is out of support', () => {
		const report = stackReport(
			products,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a' },
			'2026-03-01'
		);
		expect(report?.warnings.map((warning) => warning.text)).toEqual([
			'Stream OS A ships containerd 2.0.4; containerd 2.0 reached the end of its support on 2026-01-31.',
		]);
	});

	it('returns nothing for a slug that names no line', () => {
		expect(
			stackReport(products, releases, { platform: 'kube-9.9', os: 'stream-os-a' }, '2025-12-01')
		).toBeUndefined();
		expect(
			stackReport(
				products,
				withProvision(releases, 'replaceable'),
				{ platform: 'kube-1.1', os: 'stream-os-a', runtime: 'containerd-9.9' },
				'2025-12-01'
			)
		).toBeUndefined();
	});
});

describe('common stacks (the static result pages)', () => {
	it("take upstream lines in support or unreleased, each platform's newest line, supported runtime LTS lines and the newest runtime", () => {
		const lines = commonStackLines(products, '2026-07-15');
		expect(lines.platform.map((option) => option.slug)).toEqual(['cloud-1.1', 'kube-1.1']);
		expect(lines.runtime.map((option) => option.slug)).toEqual(['containerd-2.1']);
	});

	it('pair each platform line with the current streams that run on it and support its minor', () => {
		expect(commonStacks(products, releases, '2026-07-15').map(stackPath)).toEqual([
			'lifecycles/stack/kube-1.1/stream-os-b/',
			'lifecycles/stack/kube-1.1/stream-os-a/',
		]);
		expect(commonStacks(products, releases, '2025-12-01').map(stackPath)).toEqual([
			'lifecycles/stack/kube-1.1/stream-os-b/',
			'lifecycles/stack/kube-1.1/stream-os-a/',
			'lifecycles/stack/kube-1.0/stream-os-b/',
			'lifecycles/stack/kube-1.0/stream-os-a/',
		]);
	});

	it('add a page per common runtime line where the stream ships no runtime and users install one', () => {
		expect(
			commonStacks(products, withProvision(releases, 'user-installed'), '2026-07-15').map(stackPath)
		).toEqual([
			'lifecycles/stack/kube-1.1/stream-os-b/containerd-2.1/',
			'lifecycles/stack/kube-1.1/stream-os-a/',
		]);
	});
});
