import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { YamlSource } from '#src/content-source/yaml-source.ts';
import { paperDataSnapshotSchema } from '#src/schemas/paper-data.ts';
import { validateYaml } from '#src/validation/zod-problems.ts';
import {
	FreezeRefusal,
	parseUses,
	snapshotOf,
	snapshotText,
	sourceUrlsOnly,
	type DataReader,
} from '#src/whitepapers/freeze.ts';

/** The repository's own content/ as the reader would see it at a commit. */
const reader: DataReader = {
	ids: (collection) =>
		({ lifecycles: ['kubernetes', 'talos'], landscape: ['talos'], releases: ['talos'] })[
			collection
		],
	read: (collection, id) => readFileSync(`content/${collection}/${id}.yaml`, 'utf8'),
};
const meta = { asOf: '2026-11-27', commit: '546f3567168a' };

describe('paper:freeze', () => {
	it('takes every collection by default, or only the named collections and entries', () => {
		expect(parseUses([])).toEqual({ lifecycles: 'all', landscape: 'all', releases: 'all' });
		expect(parseUses(['lifecycles:kubernetes,talos', 'landscape'])).toEqual({
			lifecycles: ['kubernetes', 'talos'],
			landscape: 'all',
		});
		expect(() => parseUses(['lifecycle'])).toThrow(FreezeRefusal);
	});

	it('writes a snapshot the checker accepts, holding only what the paper uses', () => {
		const snapshot = snapshotOf(reader, parseUses(['lifecycles:kubernetes']), {
			...meta,
			note: 'the last commit before 0.1.0 was published',
		});
		const text = snapshotText(snapshot);
		expect(validateYaml(paperDataSnapshotSchema, new YamlSource(text), 'x.json')).toEqual([]);
		expect(Object.keys(snapshot)).toEqual(['asOf', 'takenFrom', 'lifecycles']);
		expect(snapshot).toMatchObject({
			takenFrom: { commit: meta.commit, note: 'the last commit before 0.1.0 was published' },
		});
		expect(Object.keys((snapshot as { lifecycles: object }).lifecycles)).toEqual(['kubernetes']);
	});

	it('keeps the URL of each source and leaves the evidence quotes in content/', () => {
		expect(
			sourceUrlsOnly({
				lines: [
					{
						sources: {
							released: {
								url: 'https://kubernetes.io/releases/',
								evidence: 'a quote',
								verified: '2026-12-04',
							},
							standardEnd: 'https://example.org/',
						},
					},
				],
			})
		).toEqual({
			lines: [
				{
					sources: {
						released: 'https://kubernetes.io/releases/',
						standardEnd: 'https://example.org/',
					},
				},
			],
		});
	});

	it('refuses an entry the commit does not have, naming its file', () => {
		expect(() => snapshotOf(reader, parseUses(['landscape:talos,acl']), meta)).toThrow(
			/content\/landscape\/acl\.yaml/
		);
	});

	it('reports a broken snapshot with its line and field', () => {
		const text = snapshotText({
			asOf: '2026-11-31',
			takenFrom: { commit: 'not-a-commit' },
		});
		const problems = validateYaml(
			paperDataSnapshotSchema,
			new YamlSource(text),
			'lts/data/0.1.0.json'
		);
		expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
			['asOf', 2],
			['takenFrom.commit', 4],
		]);
	});
});
