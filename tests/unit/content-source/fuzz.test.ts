import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCollections, type CollectionSpec } from '#src/collections.ts';
import { readSourceFile } from '#src/content-source/read-site.ts';
import { checkFile } from '#src/validation/validate.ts';

/**
 * Whatever a contributor's editor writes, the checker answers with located problems and never throws: a
 * few hundred seeded mutations of real content files go through reading, the schema and every file rule.
 */
const samples: { spec: string; path: string; pathInBase: string }[] = [
	{ spec: 'landscape', path: 'content/landscape/flatcar.yaml', pathInBase: 'flatcar.yaml' },
	{ spec: 'lifecycles', path: 'content/lifecycles/kubernetes.yaml', pathInBase: 'kubernetes.yaml' },
	{ spec: 'docs', path: 'src/content/docs/guidance/lts.mdx', pathInBase: 'guidance/lts.mdx' },
	{ spec: 'docs', path: 'src/content/docs/charter.mdx', pathInBase: 'charter.mdx' },
	{ spec: 'glossary', path: 'content/glossary.yaml', pathInBase: 'glossary.yaml' },
];

/** mulberry32: the same mutations on every run and machine, so a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const fragments = [
	'---\n',
	'\uFEFF',
	'\r\n',
	'&a [*a, *a]',
	'*undefined_alias',
	': : :',
	'- ',
	'{',
	'}',
	'<Component prop={',
	'import x from "../../x"',
	'\u0000',
	'"unterminated',
	'x'.repeat(20000),
	'  bad indent:\n',
	'[^1]',
	'<!--',
	'| a | b |\n|---|\n',
	'2025-02-30',
];

function mutate(text: string, next: () => number): string {
	const at = Math.floor(next() * (text.length + 1));
	switch (Math.floor(next() * 5)) {
		case 0:
			return text.slice(0, at) + text.slice(at + Math.floor(next() * 200));
		case 1:
			return text.slice(0, at) + fragments[Math.floor(next() * fragments.length)] + text.slice(at);
		case 2:
			return text.slice(0, at);
		case 3: {
			const lines = text.split('\n');
			const line = Math.floor(next() * lines.length);
			lines.splice(line, 0, lines[line] ?? '');
			return lines.join('\n');
		}
		default:
			return String.fromCharCode(Math.floor(next() * 0x3000)) + text.slice(at);
	}
}

describe('the checker on mutated content', () => {
	it('reports problems for 300 mutations of real files and never throws', () => {
		const next = random(20261204);
		let withProblems = 0;
		for (let round = 0; round < 300; round++) {
			const sample = samples[round % samples.length]!;
			const spec: CollectionSpec = contentCollections.find(
				(candidate) => candidate.name === sample.spec
			)!;
			let text = readFileSync(sample.path, 'utf8');
			for (let change = 1 + Math.floor(next() * 3); change > 0; change--) text = mutate(text, next);
			const run = () => {
				const read = readSourceFile(spec.format, text, {
					file: sample.path,
					pathInBase: sample.pathInBase,
					collection: spec.name,
				});
				if ('problem' in read) return [read.problem];
				const { content, problems } = checkFile(spec, read);
				return [...problems, ...(spec.fileRules ?? []).flatMap((rule) => rule(content))];
			};
			expect(run, `round ${round} of ${sample.path}`).not.toThrow();
			const problems = run();
			for (const problem of problems) {
				expect(problem.line, `round ${round}`).toBeGreaterThanOrEqual(1);
				expect(problem.column, `round ${round}`).toBeGreaterThanOrEqual(1);
			}
			if (problems.length > 0) withProblems++;
		}
		// Most mutations break something; the test would prove little if none did.
		expect(withProblems).toBeGreaterThan(150);
	});
});
