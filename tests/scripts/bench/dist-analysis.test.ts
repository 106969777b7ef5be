import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wireBytes } from '../../../scripts/bench/compression.ts';
import {
	analyseDist,
	headingWord,
	htmlFileCount,
	largestPageUnder,
	referencedAssets,
	staticImports,
} from '../../../scripts/bench/dist-analysis.ts';

const site = 'tests/fixtures/bench/site';
const wire = (...files: string[]) =>
	files.reduce((sum, file) => sum + wireBytes(readFileSync(join(site, file))), 0);

describe('analyseDist', () => {
	const summary = analyseDist(site, ['/guides/short/', '/guides/long/', '/articles/first/']);

	it('sums every file of the build', () => {
		const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) =>
			statSync(join(site, path)).isFile()
		);
		expect(summary.totalBytes).toBe(
			files.reduce((sum, path) => sum + statSync(join(site, path)).size, 0)
		);
	});

	it("weighs a page's HTML raw and as served", () => {
		const [short] = summary.pages;
		expect(short?.htmlBytes).toBe(statSync(join(site, 'guides/short/index.html')).size);
		expect(short?.htmlWireBytes).toBe(wire('guides/short/index.html'));
	});

	it('counts the scripts a page loads with their static imports, but not modules imported on demand', () => {
		const loaded = wire('_astro/page.js', '_astro/shared.js', '_astro/side-effect.js');
		expect(summary.pages.map((page) => page.javascriptWireBytes)).toEqual([loaded, loaded, 0]);
	});

	it('counts every stylesheet a page links, whether its URL is absolute or relative', () => {
		expect(summary.pages.map((page) => page.cssWireBytes)).toEqual([
			wire('_astro/site.css', '_astro/print.css'),
			wire('_astro/site.css'),
			0,
		]);
	});
});

describe('htmlFileCount', () => {
	it('counts the HTML files anywhere in the build, the 404 page included', () => {
		const html = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((path) =>
			path.endsWith('.html')
		);
		expect(html).toContain('404.html');
		expect(htmlFileCount(site)).toBe(html.length);
	});
});

describe('referencedAssets', () => {
	it('finds module scripts, module preloads and stylesheets, and nothing else', () => {
		const html =
			'<link rel="icon" href="/i.svg"><link rel=stylesheet href=/a.css><link rel="modulepreload" href="/m.js"><script type="module" src="/s.js"></script><script>inline()</script>';
		expect(referencedAssets(html)).toEqual({
			scripts: ['/m.js', '/s.js'],
			stylesheets: ['/a.css'],
		});
	});
});

describe('staticImports', () => {
	it('lists static imports and re-exports, not dynamic import()', () => {
		expect(
			staticImports(
				'import{a as b}from"./a.js";import "./b.js";export{c}from\'./c.js\';import("./lazy.js")'
			)
		).toEqual(['./a.js', './b.js', './c.js']);
	});
});

describe('largestPageUnder', () => {
	it('is the URL of the largest page below a folder', () => {
		const sizes = ['short', 'long'].map((name) => ({
			url: `/guides/${name}/`,
			bytes: statSync(join(site, 'guides', name, 'index.html')).size,
		}));
		const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0]?.url;
		expect(largestPageUnder(site, 'guides')).toBe(largest);
	});

	it('is undefined for a folder the build does not have', () => {
		expect(largestPageUnder(site, 'whitepapers')).toBeUndefined();
	});
});

describe('headingWord', () => {
	it("is the longest word of the page's h1, markup removed", () => {
		expect(headingWord(readFileSync(join(site, 'guides/short/index.html'), 'utf8'))).toBe(
			'replication'
		);
		expect(headingWord('<p>no heading</p>')).toBeUndefined();
	});
});
