import { describe, expect, it } from 'vitest';
import { glossarySchema } from '#src/schemas/glossary.ts';
import { governanceSchema } from '#src/schemas/governance.ts';
import { problemsOf, replaceLine, validFixture } from './helpers.ts';

const glossary = validFixture('content/glossary.yaml');
const governance = validFixture('content/governance.yaml');

describe('glossary schema', () => {
	it('accepts terms with sources and cross-references', () => {
		expect(problemsOf(glossarySchema, glossary)).toEqual([]);
	});

	it('rejects a duplicate slug and a see-also to a term that does not exist', () => {
		const text = replaceLine(
			replaceLine(glossary, 'slug: rollback', 'slug: a-b-partitions'),
			'seeAlso: [rollback]',
			'seeAlso: [roll-back]'
		);
		expect(problemsOf(glossarySchema, text)).toEqual([
			'9 terms.1.slug a unique slug | "a-b-partitions"',
			'6 terms.0.seeAlso.0 the slug of another term in this glossary | "roll-back"',
		]);
	});

	it('rejects a guidance area that does not exist', () => {
		expect(
			problemsOf(
				glossarySchema,
				replaceLine(glossary, 'guidance: [upgrades]', 'guidance: [upgrade]')
			)[0]
		).toMatch(/^7 terms\.0\.guidance\.0 one of "overview"/);
	});
});

describe('governance schema', () => {
	it('accepts roles with public sources', () => {
		expect(problemsOf(governanceSchema, governance)).toEqual([]);
	});

	it('rejects a role without a source and an unknown role', () => {
		const text = replaceLine(
			replaceLine(
				governance,
				'    source: https://github.com/example/charter/blob/main/README.md\n',
				''
			),
			'role: chair',
			'role: president'
		);
		expect(problemsOf(governanceSchema, text)).toEqual([
			'4 roles.0.role one of "tag-liaison" | "toc-liaison" | "chair" | "technical-lead" | "reviewer" | "president"',
			'4 roles.0.source an absolute https:// URL (the field is required) | nothing',
		]);
	});
});
