import { globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No module of the site or its tools imports itself through others, type-only imports included: a cycle makes
 * load order matter (a `const` read before its module ran is a ReferenceError) and means two modules cannot be
 * understood, tested or moved apart.
 */
const roots = ['src', 'scripts'];
const codeFiles = roots.flatMap((root) =>
	globSync(`${root}/**/*.{ts,mts,mjs,astro}`).filter((file) => !file.startsWith('src/content/'))
);

/** The code of a file that may import: all of a module; an Astro component's frontmatter and scripts. */
function codeOf(file: string): string {
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.astro')) return text;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
		(match) => match[1]
	);
	return [frontmatter, ...scripts].join('\n');
}

function importsOf(file: string): string[] {
	const { importedFiles } = ts.preProcessFile(codeOf(file), true, true);
	return importedFiles.flatMap(({ fileName }) => {
		const target = fileName.startsWith('#src/')
			? join('src', fileName.slice('#src/'.length))
			: fileName.startsWith('.')
				? normalize(join(dirname(file), fileName))
				: undefined;
		return target && codeFiles.includes(target) ? [target] : [];
	});
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node)!, index.get(next)!));
			}
		}
		if (low.get(node) !== index.get(node)) return;
		const component: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return cycles;
}

describe('import graph', () => {
	it('finds a cycle when there is one, type-only or not', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts']],
			['c.ts', ['a.ts']],
			['d.ts', ['a.ts']],
			['e.ts', ['e.ts']],
		]);
		expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
	});

	it('reads the imports of modules and Astro components, aliased and relative', () => {
		const graph = new Map(codeFiles.map((file) => [file, importsOf(file)]));
		expect(graph.get('src/pages/landscape/index.astro')).toContain('src/landscape/load.ts');
		expect(graph.get('scripts/check.ts')?.length).toBeGreaterThan(0);
	});

	it('has no cycle in src/ or scripts/', () => {
		const graph = new Map(codeFiles.map((file) => [file, importsOf(file)]));
		expect(importCycles(graph)).toEqual([]);
	});
});
