import type { Root, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { parseBody } from '#src/content-source/markdown.ts';
import { YamlSource } from '#src/content-source/yaml-source.ts';

/**
 * One source per fact: a per-OS comparison in a guidance page or a living whitepaper is rendered from the
 * landscape data by <LandscapeTable> (src/components/content/), never written by hand, so a table cannot drift
 * from the OS pages.
 *
 * The rule. A Markdown table in src/content/docs/guidance/*.mdx or content/whitepapers/<slug>/index.mdx is a
 * hand-written per-OS comparison when its header row, or its first column (the first cell of every body row),
 * names two or more different landscape OSs. A cell names an OS when it links to the OS's landscape page
 * (`landscape/<id>/`), or when its whole text, markup removed, is one of the OS's names (case-insensitive): its id,
 * its name, its name without a bracketed part and that part ("Azure Container Linux", "ACL"), or the first word
 * of its name when no other OS shares it ("Flatcar", "Talos"). A cell that only mentions an OS among other words
 * ("Talos API", "Flatcar LTS stream") does not name it: such tables compare tools or products, not OSs.
 * Frozen whitepaper versions (content/whitepapers/<slug>/versions/) keep the tables they were published with.
 */
const pages = [
	...globSync('src/content/docs/guidance/*.mdx'),
	...globSync('content/whitepapers/*/index.mdx'),
].sort();

interface Os {
	id: string;
	name: string;
}

const landscape: Os[] = globSync('content/landscape/*.yaml').map((file) => {
	const { name } = new YamlSource(readFileSync(file, 'utf8')).data as { name: string };
	return { id: basename(file, '.yaml'), name };
});

/** Every way a cell may name an OS, lowercase, to the ids it names. */
function namesOf(systems: readonly Os[]): Map<string, string> {
	const firstWords = systems.map((os) => os.name.split(/\s+/)[0]?.toLowerCase() ?? '');
	const names = new Map<string, string>();
	systems.forEach((os, index) => {
		const bracketed = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(os.name);
		const firstWord = firstWords[index] ?? '';
		const shared = firstWords.filter((word) => word === firstWord).length > 1;
		for (const name of [
			os.id,
			os.name,
			...(bracketed ? [bracketed[1] ?? '', bracketed[2] ?? ''] : []),
			...(shared ? [] : [firstWord]),
		])
			if (name) names.set(name.toLowerCase(), os.id);
	});
	return names;
}

/** The OS ids a table cell names, by the rule above. */
function osNamedBy(cell: TableRow['children'][number], names: ReadonlyMap<string, string>) {
	const ids = new Set<string>();
	visit(cell, 'link', (link) => {
		const id = /(?:^|\/)landscape\/([^/#?]+)\/?(?:[#?].*)?$/.exec(link.url)?.[1];
		if (id) ids.add(id);
	});
	const named = names.get(toString(cell).trim().toLowerCase());
	if (named) ids.add(named);
	return ids;
}

interface HandWrittenTable {
	line: number;
	where: 'header row' | 'first column';
	systems: string[];
}

/** The tables of an MDX text that compare OSs by hand, with where the OSs are named. */
function handWrittenComparisons(text: string, systems: readonly Os[]): HandWrittenTable[] {
	const parsed = parseBody(text, true);
	if ('error' in parsed) throw new Error(`MDX error at ${parsed.error.line}: ${parsed.error.message}`);
	const names = namesOf(systems);
	const found: HandWrittenTable[] = [];
	visit(parsed.tree as Root, 'table', (table: Table) => {
		const [header, ...body] = table.children;
		const named = (cells: TableRow['children']) => [
			...new Set(cells.flatMap((cell) => [...osNamedBy(cell, names)])),
		];
		const inHeader = named(header?.children ?? []);
		const inFirstColumn = named(body.flatMap((row) => row.children.slice(0, 1)));
		const line = table.position?.start.line ?? 1;
		if (inHeader.length >= 2) found.push({ line, where: 'header row', systems: inHeader });
		else if (inFirstColumn.length >= 2)
			found.push({ line, where: 'first column', systems: inFirstColumn });
	});
	return found;
}

describe('per-OS comparison tables', () => {
	const sample = [
		'| OS | Rollback |',
		'|---|---|',
		'| [Flatcar](../../landscape/flatcar/) | Automatic |',
		'| Talos | Automatic |',
		'',
		'| Aspect | Talos Linux | Bottlerocket |',
		'|---|---|---|',
		'| Rollback | Automatic | Automatic |',
		'',
		'| Tool | Works with |',
		'|---|---|',
		'| Talos API | Talos |',
		'| Kairos operator | Kairos |',
	].join('\n');

	it('finds OSs named in the first column or the header row, and not in a mention among other words', () => {
		expect(handWrittenComparisons(sample, landscape)).toEqual([
			{ line: 1, where: 'first column', systems: ['flatcar', 'talos'] },
			{ line: 6, where: 'header row', systems: ['talos', 'bottlerocket'] },
		]);
	});

	it('knows an OS by its short name, its abbreviation and a link, but not by a shared first word', () => {
		const names = namesOf(landscape);
		expect(names.get('flatcar')).toBe('flatcar');
		expect(names.get('acl')).toBe('azure-container-linux');
		expect(names.get('rhcos')).toBe('rhcos');
		expect(names.has('azure')).toBe(false);
	});

	it.each(pages)('%s takes its per-OS comparison tables from the landscape data', (file) => {
		const body = splitFrontmatter(readFileSync(file, 'utf8'));
		const tables = handWrittenComparisons(body?.body ?? '', landscape).map(
			(table) =>
				`${file}:${(body?.bodyLine ?? 1) - 1 + table.line}: a hand-written table whose ${table.where} names ${table.systems.join(', ')}; use <LandscapeTable fields={[...]} systems={[...]} caption="..." /> from src/components/content/`
		);
		expect(tables).toEqual([]);
	});
});
