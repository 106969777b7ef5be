import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { snapshotCollections, type SnapshotCollection } from '#src/schemas/paper-data.ts';

/**
 * What `npm run paper:freeze` stores with a paper version: the entries of content/ its figures and tables use,
 * read at one commit, so the version's page and PDF keep the data they were written with.
 */

/** A request the tool refuses, with what to do instead. */
export class FreezeRefusal extends Error {}

/** Which entries of which collections a snapshot holds: every entry, or the listed ids. */
export type DataUse = Partial<Record<SnapshotCollection, readonly string[] | 'all'>>;

const isSnapshotCollection = (name: string): name is SnapshotCollection =>
	(snapshotCollections as readonly string[]).includes(name);

/** `--use lifecycles` (every entry) or `--use lifecycles:kubernetes,eks` (those entries); none given = everything. */
export function parseUses(values: readonly string[]): DataUse {
	if (values.length === 0)
		return Object.fromEntries(snapshotCollections.map((name) => [name, 'all']));
	const uses: DataUse = {};
	for (const value of values) {
		const [name = '', ids] = value.split(':');
		if (!isSnapshotCollection(name))
			throw new FreezeRefusal(
				`--use ${value}: expected one of ${snapshotCollections.join(', ')}, optionally followed by :id,id`
			);
		uses[name] = ids === undefined ? 'all' : ids.split(',').filter((id) => id !== '');
	}
	return uses;
}

/** Reads the YAML files of content/<collection>/ as they are at one commit. */
export interface DataReader {
	ids(collection: SnapshotCollection): string[];
	read(collection: SnapshotCollection, id: string): string;
}

/** content/ at a commit of the repository at `root`, read through git, so uncommitted edits never slip in. */
export function gitDataReader(root: string, commit: string): DataReader {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
	return {
		ids: (collection) =>
			git('ls-tree', '--name-only', `${commit}:content/${collection}`)
				.split('\n')
				.filter((name) => name.endsWith('.yaml'))
				.map((name) => name.replace(/\.yaml$/, '')),
		read: (collection, id) => git('show', `${commit}:content/${collection}/${id}.yaml`),
	};
}

export interface SnapshotMeta {
	asOf: string;
	commit: string;
	note?: string;
}

/**
 * The snapshot as written to data/<version>.json. Sources keep their URL only: figures and tables link to the
 * source, while the evidence quotes stay in content/ at the commit the snapshot names.
 */
export function snapshotOf(reader: DataReader, uses: DataUse, meta: SnapshotMeta) {
	const missing: string[] = [];
	const collections = snapshotCollections.flatMap((collection) => {
		const use = uses[collection];
		if (use === undefined) return [];
		const available = reader.ids(collection);
		const ids = use === 'all' ? available : use;
		missing.push(
			...ids.filter((id) => !available.includes(id)).map((id) => `content/${collection}/${id}.yaml`)
		);
		const entries = ids
			.filter((id) => available.includes(id))
			.map((id) => [id, sourceUrlsOnly(parse(reader.read(collection, id), { schema: 'core' }))]);
		return [[collection, Object.fromEntries(entries)]];
	});
	if (missing.length > 0)
		throw new FreezeRefusal(`No such file at commit ${meta.commit}: ${missing.join(', ')}`);
	return {
		asOf: meta.asOf,
		takenFrom: { commit: meta.commit, ...(meta.note ? { note: meta.note } : {}) },
		...Object.fromEntries(collections),
	};
}

/** Replaces every `sources` value `{ url, evidence, verified }` with its URL, the form the schemas also accept. */
export function sourceUrlsOnly(value: unknown, key?: string): unknown {
	if (Array.isArray(value)) return value.map((item) => sourceUrlsOnly(item));
	if (value === null || typeof value !== 'object') return value;
	if (key === 'sources')
		return Object.fromEntries(
			Object.entries(value).map(([field, source]) => [field, urlOf(source)])
		);
	return Object.fromEntries(
		Object.entries(value).map(([name, item]) => [name, sourceUrlsOnly(item, name)])
	);
}

function urlOf(source: unknown): unknown {
	if (source !== null && typeof source === 'object' && 'url' in source) return source.url;
	return source;
}

/** Tab-indented like the project's other files, one line per value, so a re-freeze shows as a readable diff. */
export function snapshotText(snapshot: object): string {
	return `${JSON.stringify(snapshot, null, '\t')}\n`;
}
