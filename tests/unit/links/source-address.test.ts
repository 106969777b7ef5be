import { describe, expect, it } from 'vitest';
import { formatOfMediaType, sourceAddress } from '#src/links/source-address.ts';

describe('sourceAddress', () => {
	it('drops the fragment, so a page cited at many anchors is read once', () => {
		expect(sourceAddress('https://www.flatcar.org/releases#release-3033.3.0')).toEqual({
			address: 'https://www.flatcar.org/releases',
		});
	});

	it('keeps the query, which may choose what the page shows', () => {
		expect(sourceAddress('https://example.org/docs?version=2#top').address).toBe(
			'https://example.org/docs?version=2'
		);
	});

	it('reads a file on GitHub raw, as Markdown when it is Markdown', () => {
		expect(
			sourceAddress(
				'https://github.com/kubernetes/sig-release/blob/master/releases/release-1.35/README.md#timeline'
			)
		).toEqual({
			address:
				'https://raw.githubusercontent.com/kubernetes/sig-release/master/releases/release-1.35/README.md',
			format: 'markdown',
		});
		expect(
			sourceAddress('https://github.com/containerd/containerd/blob/main/RELEASES.go?plain=1#L10')
		).toEqual({
			address: 'https://raw.githubusercontent.com/containerd/containerd/main/RELEASES.go',
			format: 'text',
		});
	});

	it('reads other GitHub pages (pull requests, releases) as the HTML GitHub serves', () => {
		expect(sourceAddress('https://github.com/siderolabs/talos/pull/123')).toEqual({
			address: 'https://github.com/siderolabs/talos/pull/123',
		});
	});
});

describe('formatOfMediaType', () => {
	it('reads HTML and XML as markup, Markdown as Markdown, other text as text', () => {
		expect(formatOfMediaType('text/html; charset=utf-8')).toBe('html');
		expect(formatOfMediaType('application/xhtml+xml')).toBe('html');
		expect(formatOfMediaType('')).toBe('html');
		expect(formatOfMediaType('text/markdown')).toBe('markdown');
		expect(formatOfMediaType('text/plain; charset=utf-8')).toBe('text');
		expect(formatOfMediaType('application/json')).toBe('text');
	});

	it('refuses what is not text', () => {
		expect(formatOfMediaType('application/pdf')).toBeUndefined();
		expect(formatOfMediaType('image/png')).toBeUndefined();
	});
});
