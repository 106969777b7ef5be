import { describe, expect, it } from 'vitest';
import { contentCollections, type CollectionSpec } from '#src/collections.ts';
import { readSourceFile } from '#src/content-source/read-site.ts';
import { checkFile } from '#src/validation/validate.ts';
import { lineOf, replaceLine, validFixture } from '../../schemas/helpers.ts';

/** The problems the collection's file rules find in one YAML text, as `line field expected | found`. */
function ruleProblems(collection: 'landscape' | 'lifecycles', text: string): string[] {
	const spec: CollectionSpec | undefined = contentCollections.find(
		(candidate) => candidate.name === collection
	);
	if (!spec) throw new Error(`no collection ${collection}`);
	const read = readSourceFile('yaml', text, { file: 'f.yaml', pathInBase: 'f.yaml', collection });
	if ('problem' in read) throw new Error(read.problem.found);
	const { content, problems } = checkFile(spec, read);
	expect(problems).toEqual([]);
	return (spec.fileRules ?? [])
		.flatMap((rule) => rule(content))
		.map((problem) => `${problem.line} ${problem.field} ${problem.expected} | ${problem.found}`);
}

const evidenced = (indent: string, field: string, url: string) =>
	`${indent}${field}:\n${indent}  url: ${url}\n${indent}  evidence: "Example words that state this fact."\n${indent}  verified: 2026-11-01\n`;

describe('evidence for every fact', () => {
	const entry = validFixture('content/landscape/example-os.yaml');
	const product = validFixture('content/lifecycles/example.yaml');

	it('accepts the fixtures, whose known values and dates all carry evidence', () => {
		expect(ruleProblems('landscape', entry)).toEqual([]);
		expect(ruleProblems('lifecycles', product)).toEqual([]);
	});

	it('rejects a known landscape value whose source is a bare url, at the source', () => {
		const url = 'https://github.com/example/example-os/blob/main/LICENSE';
		const bare = replaceLine(entry, evidenced('  ', 'license', url), `  license: ${url}\n`);
		expect(ruleProblems('landscape', bare)).toEqual([
			`${lineOf(bare, '  license: https')} sources.license the source of this value with its evidence and the day it was read | only the url ${url}`,
		]);
	});

	it('accepts a bare url for an absence no quote can state (not a CNCF project)', () => {
		expect(entry).toContain('cncfStatus: none');
		const url = 'https://example.org/about/';
		const bare = replaceLine(entry, evidenced('  ', 'cncfStatus', url), `  cncfStatus: ${url}\n`);
		expect(ruleProblems('landscape', bare)).toEqual([]);
	});

	it('rejects a lifecycle date whose source is a bare url, at the source', () => {
		const url = 'https://example.org/extended/';
		const bare = replaceLine(
			product,
			evidenced('      ', 'extendedEnd', url),
			`      extendedEnd: ${url}\n`
		);
		expect(ruleProblems('lifecycles', bare)).toEqual([
			`${lineOf(bare, `extendedEnd: ${url}`)} lines.0.sources.extendedEnd the source of this date with its evidence and the day it was read | only the url ${url}`,
		]);
	});
});
