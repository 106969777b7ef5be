import { globSync } from 'node:fs';
import { join } from 'node:path';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { builtFiles, generatedRoutes } from './generated-routes.ts';
import { headingSlugs } from '#src/content-source/heading-slugs.ts';
import { bodyTree } from '#src/content-source/markdown.ts';
import type { ContentFile, SiteContent } from '#src/content-source/model.ts';
import { routeOf } from './content-routes.ts';
import { filesOf } from './site-files.ts';

/** One address of the built site and what makes it. */
export interface Route {
	path: string;
	/** The file (or dynamic page) that produces it, for messages. */
	source: string;
	/** Ids a link may point at with #; undefined when they cannot be known without a build. */
	anchors?: ReadonlySet<string>;
}

export interface RouteTable {
	/** Routes by lowercased path: on case-insensitive file systems and in readers' minds /A/ and /a/ are one page. */
	byPath: ReadonlyMap<string, Route[]>;
	find(path: string): Route | undefined;
}

/** Anchors that Starlight adds to every page it renders. */
const starlightAnchors = ['_top'];

/**
 * Anchors that content components create, by component name: the glossary renders each term with its slug as id.
 * A component that creates ids must be listed here for links to them to pass the check.
 */
const componentAnchors: Record<string, (site: SiteContent) => string[]> = {
	GlossaryTerms: (site) => {
		const glossary = filesOf(site, 'glossary')[0]?.data;
		return glossary?.terms.map((term) => term.slug) ?? [];
	},
};

const tables = new WeakMap<SiteContent, RouteTable>();

/** Every address the site will have, computed from the sources without a build. */
export function routeTable(site: SiteContent): RouteTable {
	const cached = tables.get(site);
	if (cached) return cached;
	const byPath = new Map<string, Route[]>();
	const add = (route: Route) => {
		const key = route.path.toLowerCase();
		byPath.set(key, [...(byPath.get(key) ?? []), route]);
	};
	for (const content of [...filesOf(site, 'docs'), ...filesOf(site, 'whitepapers')]) {
		const path = routeOf(content);
		if (path) add({ path, source: content.file, anchors: anchorsOf(content, site) });
	}
	for (const generated of Object.values(generatedRoutes)) {
		for (const route of generated(site)) add(route);
	}
	for (const file of filesUnder(site.root, 'src/pages', '**/*.{astro,md,mdx,ts,js}')) {
		const path = staticPageRoute(file);
		if (path) add({ path, source: `src/pages/${file}` });
	}
	for (const file of filesUnder(site.root, 'public', '**/*.*'))
		add({ path: `/${file}`, source: `public/${file}` });
	for (const path of builtFiles) add({ path, source: 'the build' });
	const table: RouteTable = { byPath, find: (path) => byPath.get(path.toLowerCase())?.[0] };
	tables.set(site, table);
	return table;
}

function filesUnder(root: string, folder: string, pattern: string): string[] {
	return globSync(pattern, { cwd: join(root, folder) }).map((file) => file.split('\\').join('/'));
}

/**
 * The route of a src/pages file: pages get a trailing slash, endpoints keep their file name. Files with
 * [parameters] are left to generated-routes.ts.
 */
function staticPageRoute(file: string): string | undefined {
	if (file.includes('[')) return undefined;
	if (/\.(ts|js)$/.test(file)) return `/${file.replace(/\.(ts|js)$/, '')}`;
	const path = file.replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '');
	return path ? `/${path}/` : '/';
}

function anchorsOf(content: ContentFile, site: SiteContent): Set<string> {
	const parsed = bodyTree(content);
	if (!parsed || 'error' in parsed) return new Set(starlightAnchors);
	const anchors = new Set([...starlightAnchors, ...headingSlugs(parsed.tree)]);
	visit(parsed.tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
		const name = (node as MdxJsxFlowElement).name ?? '';
		for (const id of componentAnchors[name]?.(site) ?? []) anchors.add(id);
	});
	return anchors;
}
