import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { externalLinks } from '#src/links/external-links.ts';

const root = 'tests/fixtures/check/valid';

describe('externalLinks', () => {
	const links = externalLinks(root);

	it('collects the https addresses of YAML data and frontmatter, each with the file:line (from the root) that cites it', () => {
		const landscape = 'content/landscape/example-os.yaml';
		const lines = readFileSync(`${root}/${landscape}`, 'utf8').split('\n');
		const homepageLine = lines.findIndex((line) => line.startsWith('homepage:')) + 1;
		const homepage = lines[homepageLine - 1]?.replace('homepage:', '').trim() ?? '';
		expect(links.find((link) => link.url === homepage)?.usedAt).toContain(
			`${landscape}:${homepageLine}`
		);
	});

	it('lists each address once, only https, in order', () => {
		const urls = links.map((link) => link.url);
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls.every((url) => url.startsWith('https://'))).toBe(true);
		expect(urls).toEqual([...urls].sort((a, b) => a.localeCompare(b)));
	});
});
