import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PublishedFile from '#src/components/content/PublishedFile.astro';

describe('PublishedFile', () => {
	it('shows the served file itself and links to its address', async () => {
		const path = 'proposals/kubelet-os-interface/v1alpha1/os.proto';
		const container = await AstroContainer.create();
		const html = await container.renderToString(PublishedFile, {
			props: { path, lang: 'protobuf' },
		});
		expect(html).toContain(`href="/${path}"`);
		const text = html.replace(/<[^>]+>/g, '');
		expect(text).toContain('package wgspos.nodeos.v1alpha1;');
		expect(text).toContain('service NodeOS {');
	});

	it('names the missing file instead of rendering an empty block', async () => {
		const container = await AstroContainer.create();
		await expect(
			container.renderToString(PublishedFile, {
				props: { path: 'proposals/missing.proto', lang: 'protobuf' },
			})
		).rejects.toThrow(/public\/proposals\/missing\.proto/);
	});
});
