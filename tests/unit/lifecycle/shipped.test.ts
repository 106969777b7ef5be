import { describe, expect, it } from 'vitest';
import { compareVersions, lineOfVersion, minorOf } from '#src/lifecycle/versions.ts';
import { kubernetesRecommendation } from '#src/lifecycle/runtime-support.ts';
import { lineShipment, runsOn, streamShipments } from '#src/lifecycle/shipped.ts';
import { fixtureProducts, product } from './products.ts';
import { fixtureReleases } from './releases.ts';

const products = fixtureProducts();
const releases = fixtureReleases();
const [streamOs] = releases;
if (!streamOs) throw new Error('no fixture releases file');

describe('versions', () => {
	it('compares part by part as numbers and places a version on its line', () => {
		expect(compareVersions('1.7.9', '1.7.21')).toBeLessThan(0);
		expect(compareVersions('2.0', '2.0.0')).toBe(0);
		expect(lineOfVersion('1.7.21', ['1.6', '1.7', '1.70'])).toBe('1.7');
		expect(lineOfVersion('1.70.1', ['1.7', '1.70'])).toBe('1.70');
		expect(lineOfVersion('6.8', ['6.6', '6.12'])).toBeUndefined();
		expect(minorOf('1.36.3')).toBe('1.36');
	});
});

describe('what a stream ships', () => {
	it("takes a release's components, falls back to the line's compatibility entry, and places each on its line", () => {
		const [a] = streamShipments(streamOs, products);
		expect(
			a?.components.map((component) => [
				component.key,
				component.version,
				component.line?.id,
				component.basis,
			])
		).toEqual([
			['containerd', '2.0.4', '2.0', 'release'],
			['kernel', '6.6', '6.6', 'line'],
			['kubernetes', '1.1.2', '1.1', 'release'],
		]);
		expect(a?.kubernetes).toEqual([
			{ minor: '1.1', how: 'ships', source: 'https://example.org/os/a/3/' },
			{ minor: '1.0', how: 'supports', source: 'https://example.org/os/a/matrix/' },
		]);
	});

	it('leaves out what no source gives, and keeps a version no line of the data covers', () => {
		const [, b, rolling] = streamShipments(streamOs, products);
		expect(b?.components).toEqual([]);
		expect(b?.kubernetes).toEqual([]);
		const kernel = rolling?.components.find((component) => component.key === 'kernel');
		expect(kernel).toMatchObject({ version: '6.9.1', basis: 'release' });
		expect(kernel?.line).toBeUndefined();
		expect(rolling?.kubernetes.map((entry) => `${entry.minor} ${entry.how}`)).toEqual([
			'1.0 supports',
			'1.1 supports',
		]);
	});

	it('answers for a line the releases file does not list from its compatibility entry alone', () => {
		const other = lineShipment('stream-os', 'A', [], products);
		expect(other.components.map((component) => `${component.key} ${component.version}`)).toEqual([
			'containerd 2.0',
			'kernel 6.6',
		]);
	});

	it('knows which platforms a source says the OS runs on', () => {
		expect(runsOn(releases, 'stream-os', 'kube')).toBe(true);
		expect(runsOn(releases, 'stream-os', 'cloud')).toBe(false);
		expect(runsOn(releases, 'policy-only', 'kube')).toBe(false);
	});
});

describe("a runtime's support table", () => {
	const containerd = product(products, 'containerd');

	it('recommends a release from the minimum on, and says when another line or an older release is listed', () => {
		expect(kubernetesRecommendation(containerd, '2.0.5', '1.1')).toMatchObject({
			verdict: 'recommended',
		});
		expect(kubernetesRecommendation(containerd, '2.0.4', '1.1')).toMatchObject({
			verdict: 'below-minimum',
			minimum: '2.0.5',
		});
		expect(kubernetesRecommendation(containerd, '2.1.2', '1.0')).toMatchObject({
			verdict: 'not-listed',
			listed: [{ line: '2.0', minimum: '2.0.1' }],
		});
	});

	it('gives no verdict on a minor it does not cover, or on a bare line held to a later release', () => {
		expect(kubernetesRecommendation(containerd, '2.0.4', '1.9')).toEqual({
			verdict: 'not-covered',
		});
		expect(kubernetesRecommendation(containerd, '2.0', '1.1')).toMatchObject({
			verdict: 'undecided',
			minimum: '2.0.5',
		});
		expect(kubernetesRecommendation(containerd, '2.1', '1.1')).toMatchObject({
			verdict: 'recommended',
		});
	});
});
