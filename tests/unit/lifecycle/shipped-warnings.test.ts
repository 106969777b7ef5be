import { describe, expect, it } from 'vitest';
import { streamShipments } from '#src/lifecycle/shipped.ts';
import { osWarnings, shippedWarnings } from '#src/lifecycle/shipped-warnings.ts';
import { fixtureProducts, line } from './products.ts';
import { fixtureReleases } from './releases.ts';

const products = fixtureProducts();
const [streamOs] = fixtureReleases();
if (!streamOs) throw new Error('no fixture releases file');
const [a, , rolling] = streamShipments(streamOs, products);
if (!a || !rolling) throw new Error('fixture streams missing');

describe('warnings about what a stream ships', () => {
	it('warns when a runtime its project does not recommend runs with the Kubernetes minor the stream ships', () => {
		expect(shippedWarnings('Stream OS A', a, '2025-12-01')).toEqual([
			{
				kind: 'below-minimum',
				severity: 'warning',
				component: 'containerd',
				text: "Stream OS A ships containerd 2.0.4 and Kubernetes 1.1, for which containerd's support table recommends containerd 2.0.5 or later.",
				sources: [
					{ label: 'shipped version', url: 'https://example.org/os/a/3/' },
					{ label: 'containerd support table', url: 'https://example.org/containerd/releases/' },
					{ label: 'Kubernetes versions', url: 'https://example.org/os/a/3/' },
				],
			},
		]);
	});

	it('warns once a shipped component is out of its own support, the end dated and sourced', () => {
		const texts = shippedWarnings('Stream OS A', a, '2026-09-01').map(
			(warning) => `${warning.severity} ${warning.kind} ${warning.text}`
		);
		expect(texts).toContain(
			'warning support-ended Stream OS A ships containerd 2.0.4; containerd 2.0 reached the end of its support on 2026-01-31.'
		);
		expect(texts).toContain(
			'warning support-ended Stream OS A ships Kubernetes 1.1.2; Kube 1.1 reached the end of its support on 2026-08-01.'
		);
		expect(texts.some((text) => text.includes('Linux 6.6'))).toBe(false);
	});

	it('cautions when only extended support remains, or its end is not published', () => {
		const kube = line(products, 'kube', '1.1');
		const withExtended = {
			...kube,
			extendedEnd: '2027-09-01',
			sources: { ...kube.sources, extendedEnd: { url: 'https://example.org/kube/extended/' } },
		};
		const extended = shippedWarnings(
			'Stream OS A',
			{
				...a,
				components: a.components.map((component) =>
					component.key === 'kubernetes' ? { ...component, line: withExtended } : component
				),
			},
			'2026-09-01'
		).find((warning) => warning.component === 'kubernetes');
		expect(extended).toMatchObject({
			kind: 'extended-only',
			severity: 'caution',
			text: 'Stream OS A ships Kubernetes 1.1.2; standard support of Kube 1.1 ended on 2026-08-01, and only extended support remains, until 2027-09-01.',
		});
	});

	it('notes a version on no line of the data, and checks the runtime against every minor the stream supports', () => {
		expect(
			shippedWarnings('Stream OS Rolling', rolling, '2026-11-01').map(
				(warning) => `${warning.severity} ${warning.text}`
			)
		).toEqual([
			"warning Stream OS Rolling ships containerd 2.1.0 and supports Kubernetes 1.0, for which containerd's support table recommends no containerd 2.1 release.",
			'note Stream OS Rolling ships Linux 6.9.1, which is on none of the lines in the Linux kernel data, so no end of support can be computed for it.',
		]);
	});

	it('leaves the Kubernetes check out when asked (the calculator checks the chosen minor itself)', () => {
		expect(shippedWarnings('Stream OS A', a, '2025-12-01', { kubernetes: false })).toEqual([]);
	});

	it('names every stream of an OS after the OS in its sentences', () => {
		const streams = osWarnings('Stream OS', streamOs, products, '2025-12-01');
		expect(streams.map((stream) => stream.shipment.stream.name)).toEqual(['A', 'B', 'Rolling']);
		expect(streams[0]?.warnings[0]?.text).toMatch(/^Stream OS A ships containerd 2\.0\.4/);
		expect(streams[1]?.warnings).toEqual([]);
	});
});
