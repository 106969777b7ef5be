import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { wireBytes } from './compression.ts';

/** What one page of a built site weighs: its HTML, and the JavaScript and CSS it makes the browser load. */
export interface PageWeight {
	url: string;
	htmlBytes: number;
	htmlWireBytes: number;
	/** Scripts and stylesheets the HTML references, with the modules they import statically, as served. */
	javascriptWireBytes: number;
	cssWireBytes: number;
}

export interface DistSummary {
	totalBytes: number;
	pages: PageWeight[];
}

/** The size of `dist/` and the weight of each of the given pages (root-relative URLs ending in a slash). */
export function analyseDist(dist: string, pageUrls: readonly string[]): DistSummary {
	const assets = new AssetWeights(dist);
	return {
		totalBytes: totalBytes(dist),
		pages: pageUrls.map((url) => weighPage(dist, url, assets)),
	};
}

/** How many HTML files a build wrote: Astro's count of built pages, redirects and the 404 page included. */
export function htmlFileCount(dist: string): number {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) =>
		path.endsWith('.html')
	).length;
}

export function htmlFileOf(dist: string, url: string): string {
	return join(dist, url, 'index.html');
}

/** The URL of the largest page below `folder` of a built site, or undefined when the folder was not built. */
export function largestPageUnder(dist: string, folder: string): string | undefined {
	const root = join(dist, folder);
	if (!existsSync(root)) return undefined;
	const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((path) => posix.basename(path) === 'index.html' && path !== 'index.html')
		.map((path) => ({
			url: `/${folder}/${dirname(path)}/`,
			bytes: statSync(join(root, path)).size,
		}))
		.sort((a, b) => b.bytes - a.bytes);
	return pages[0]?.url;
}

/** The script and stylesheet URLs a page's HTML references (module scripts, preloads and stylesheets). */
export function referencedAssets(html: string): { scripts: string[]; stylesheets: string[] } {
	const scripts: string[] = [];
	const stylesheets: string[] = [];
	for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
		const src = attribute(tag, 'src');
		const href = attribute(tag, 'href');
		const rel = attribute(tag, 'rel')?.split(/\s+/) ?? [];
		if (tag.startsWith('<script') && src) scripts.push(src);
		else if (rel.includes('modulepreload') && href) scripts.push(href);
		else if (rel.includes('stylesheet') && href) stylesheets.push(href);
	}
	return { scripts, stylesheets };
}

/** Modules a JavaScript module imports statically (`import … from "./x.js"`, `import "./x.js"`); not `import()`. */
export function staticImports(javascript: string): string[] {
	return [...javascript.matchAll(/\b(?:import|from)\s*["']([^"']+)["']/g)].map(
		(match) => match[1] as string
	);
}

function weighPage(dist: string, url: string, assets: AssetWeights): PageWeight {
	const html = readFileSync(htmlFileOf(dist, url));
	const { scripts, stylesheets } = referencedAssets(html.toString('utf8'));
	const javascript = new Set<string>();
	const queue = scripts.map((src) => posix.resolve(url, src));
	while (queue.length > 0) {
		const module = queue.shift() as string;
		if (javascript.has(module) || !assets.exists(module)) continue;
		javascript.add(module);
		queue.push(
			...staticImports(assets.text(module)).map((specifier) =>
				posix.resolve(posix.dirname(module), specifier)
			)
		);
	}
	const css = new Set(stylesheets.map((href) => posix.resolve(url, href)));
	const sum = (urls: Set<string>) =>
		[...urls].reduce((total, asset) => total + assets.wireBytes(asset), 0);
	return {
		url,
		htmlBytes: html.length,
		htmlWireBytes: wireBytes(html),
		javascriptWireBytes: sum(javascript),
		cssWireBytes: sum(css),
	};
}

/** Sizes of the shared assets, computed once: a thousand pages reference the same few files. */
class AssetWeights {
	readonly #dist: string;
	readonly #wire = new Map<string, number>();

	constructor(dist: string) {
		this.#dist = dist;
	}

	exists(url: string): boolean {
		return existsSync(this.#file(url));
	}

	text(url: string): string {
		return readFileSync(this.#file(url), 'utf8');
	}

	wireBytes(url: string): number {
		let bytes = this.#wire.get(url);
		if (bytes === undefined) {
			bytes = this.exists(url) ? wireBytes(readFileSync(this.#file(url))) : 0;
			this.#wire.set(url, bytes);
		}
		return bytes;
	}

	#file(url: string): string {
		return join(this.#dist, decodeURIComponent(new URL(url, 'http://site.invalid').pathname));
	}
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`)
		.exec(tag)
		?.slice(1)
		.find((value) => value !== undefined);
}

function totalBytes(dist: string): number {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The longest word of a page's first heading: a word search must find on a page that works. */
export function headingWord(html: string): string | undefined {
	const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
	return heading
		.match(/\p{L}+/gu)
		?.reduce((longest, word) => (word.length > longest.length ? word : longest));
}
