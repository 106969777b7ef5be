import { describe, expect, it } from 'vitest';
import { lifecycleSchema } from '#src/schemas/lifecycle.ts';
import { lineOf, problemsOf, replaceLine, validFixture } from './helpers.ts';

const product = validFixture('content/lifecycles/example.yaml');

describe('lifecycle schema', () => {
	it('accepts release lines with known, unknown and no extended support', () => {
		expect(problemsOf(lifecycleSchema, product)).toEqual([]);
	});

	it('rejects a line whose end precedes its start', () => {
		const text = replaceLine(product, 'standardEnd: 2026-01-15', 'standardEnd: 2024-12-31');
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			'10 lines.0.standardEnd a date on or after the release (2025-01-15) | "2024-12-31"',
		]);
	});

	it('rejects a line with no end of standard support rather than reading it as "forever"', () => {
		const text = replaceLine(product, '    standardEnd: unknown\n', '');
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			`${lineOf(product, '- id: "1.11"')} lines.1.standardEnd a value (the field is required) | nothing`,
		]);
	});

	it('rejects a date without a source', () => {
		const text = replaceLine(
			product,
			'      extendedEnd:\n        url: https://example.org/extended/\n        evidence: "Example words that state this fact."\n        verified: 2026-11-01\n',
			''
		);
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			'11 lines.0.extendedEnd a source for this date under sources.extendedEnd | "2027-01-15"',
		]);
	});

	it('rejects an unquoted version that YAML reads as a number', () => {
		const text = replaceLine(product, '- id: "1.10"', '- id: 1.10');
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			'8 lines.0.id a text id; quote version numbers, e.g. "1.35" | number 1.1',
		]);
	});

	it('rejects a compatibility edge to a line the product does not have', () => {
		const text = replaceLine(product, '- line: "1.11"', '- line: "1.12"');
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			`${lineOf(product, '- line: "1.11"')} compatibility.0.line the id of one of this product's lines | "1.12"`,
		]);
	});

	it("rejects a compatibility entry's minimum release that is not of its line", () => {
		const entry = '    containerd: "2.1"\n';
		expect(
			problemsOf(lifecycleSchema, replaceLine(product, entry, `${entry}    minimum: "1.11.4"\n`))
		).toEqual([]);
		const text = replaceLine(product, entry, `${entry}    minimum: "1.10.4"\n`);
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			`${lineOf(text, 'minimum: "1.10.4"')} compatibility.0.minimum a release of line 1.11, e.g. "1.11.0" | "1.10.4"`,
		]);
	});

	it('reads an unknown date as the word unknown or a real date', () => {
		const text = replaceLine(product, 'standardEnd: unknown', 'standardEnd: soon');
		expect(problemsOf(lifecycleSchema, text)).toEqual([
			`${lineOf(product, 'standardEnd: unknown')} lines.1.standardEnd a real calendar date written as YYYY-MM-DD, or unknown, or while-current | "soon"`,
		]);
	});
});
