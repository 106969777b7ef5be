import { describe, expect, it } from 'vitest';
import {
	lifecycleExport,
	lifecycleExportSchema,
	lifecycleJsonSchema,
} from '#src/lifecycle/export.ts';
import { fixtureProducts, productsIn } from './products.ts';

const schema = lifecycleJsonSchema('https://example.org/lifecycles.schema.json') as {
	// A JSON Schema document is walked by key paths the test asserts; typing every level would restate it.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	properties: Record<string, any>;
	$id: string;
	$schema: string;
};
const product = schema.properties['products'].additionalProperties;
const lineProperties = product.properties.lines.items.properties;

describe('lifecycle export', () => {
	it('carries a format version, the build date and every product keyed by id, and passes its own schema', () => {
		const document = lifecycleExport(fixtureProducts(), '2026-11-27');
		expect(document.formatVersion).toBe(2);
		expect(document.generated).toBe('2026-11-27');
		expect(Object.keys(document.products)).toEqual([
			'cloud',
			'containerd',
			'kube',
			'linux-kernel',
			'policy-only',
			'stream-os',
		]);
		expect(lifecycleExportSchema.safeParse(document).success).toBe(true);
	});

	it('of the real data passes the schema too', () => {
		expect(
			lifecycleExportSchema.safeParse(
				lifecycleExport(productsIn('content/lifecycles'), '2026-11-27')
			).error
		).toBeUndefined();
	});
});

describe('lifecycle JSON Schema', () => {
	it('is draft 2020-12 with its own URL as $id', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe('https://example.org/lifecycles.schema.json');
		expect(schema.properties['formatVersion']).toMatchObject({ const: 2 });
	});

	it('describes date fields as dates plus the words each accepts, not as "string or anything"', () => {
		const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
		expect(product.properties.lastVerified).toEqual(date);
		expect(lineProperties.released).toEqual({
			anyOf: [date, { type: 'string', enum: ['unknown'] }],
		});
		expect(lineProperties.standardEnd).toEqual({
			anyOf: [date, { type: 'string', enum: ['unknown'] }],
		});
		expect(lineProperties.extendedEnd).toEqual({
			anyOf: [date, { type: 'string', enum: ['unknown', 'none'] }],
		});
		expect(JSON.stringify(schema)).not.toContain('{}');
	});

	it('requires https for URLs, as the zod schema does', () => {
		expect(product.properties.policySource).toMatchObject({ type: 'string', pattern: '^https://' });
		const [bareUrl, withEvidence] = lineProperties.sources.additionalProperties.anyOf;
		expect(bareUrl).toMatchObject({ type: 'string', pattern: '^https://' });
		expect(withEvidence.properties.url).toMatchObject({ pattern: '^https://' });
		expect(withEvidence.required).toEqual(['url']);
	});

	it('keeps the required fields and the ban on unknown keys', () => {
		expect(product.required).toEqual([
			'name',
			'kind',
			'homepage',
			'lastVerified',
			'policy',
			'policySource',
			'lines',
		]);
		expect(product.properties.lines.items.required).toEqual([
			'id',
			'released',
			'standardEnd',
			'sources',
		]);
		expect(product.additionalProperties).toBe(false);
	});
});
