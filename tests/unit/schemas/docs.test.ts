import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { docsCollectionSchema, docsSchemasByPath } from '#src/schemas/docs.ts';
import { isGuidance } from '#src/schemas/guidance.ts';

const context = { image: () => z.string() } as never;
const docsSchemaFor = docsSchemasByPath(context);

const page = {
	title: 'Get involved',
	description: 'How to join the working group meetings and propose a page or a whitepaper.',
	status: 'review',
	lastReviewed: '2026-11-27',
	owners: [],
	tags: ['community'],
};
const guidance = {
	...page,
	title: 'Upgrade scenarios',
	area: 'upgrades',
	sources: [
		{
			title: 'Kubernetes: Safely drain a node',
			url: 'https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/',
		},
	],
};

function issuesOf(schema: z.ZodType, data: unknown) {
	const result = schema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((issue) => ({
				path: issue.path.join('.'),
				message: issue.message,
				code: issue.code,
			}));
}

describe('docs collection schema', () => {
	it('accepts a guidance page and a plain page, and tells them apart', () => {
		const collection = docsCollectionSchema(context);
		const parsedGuidance = collection.parse(guidance);
		const parsedPage = collection.parse(page);
		expect(isGuidance(parsedGuidance)).toBe(true);
		expect(isGuidance(parsedPage)).toBe(false);
		expect(parsedGuidance.lastReviewed).toBe('2026-11-27');
	});

	it('rejects a guidance page without its area and sources', () => {
		const { area: _area, sources: _sources, ...withoutGuidanceFields } = guidance;
		const issues = issuesOf(docsSchemaFor('guidance/upgrades.mdx'), withoutGuidanceFields);
		expect(issues).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ path: 'area', code: 'invalid_value' }),
				expect.objectContaining({ path: 'sources', code: 'invalid_type' }),
			])
		);
	});

	it('rejects an area that is not a focus area', () => {
		const issues = issuesOf(docsSchemaFor('guidance/upgrades.mdx'), {
			...guidance,
			area: 'upgrade',
		});
		expect(issues).toEqual([expect.objectContaining({ path: 'area', code: 'invalid_value' })]);
	});

	it('rejects an empty source list and an http source', () => {
		const schema = docsSchemaFor('guidance/upgrades.mdx');
		expect(issuesOf(schema, { ...guidance, sources: [] })).toEqual([
			expect.objectContaining({
				path: 'sources',
				message: 'expected at least one source (title and https url)',
			}),
		]);
		expect(
			issuesOf(schema, {
				...guidance,
				sources: [{ title: 'Old link', url: 'http://example.org/' }],
			})
		).toEqual([
			expect.objectContaining({
				path: 'sources.0.url',
				message: 'expected an absolute https:// URL',
			}),
		]);
	});

	it('rejects unknown keys, on guidance and plain pages alike', () => {
		expect(issuesOf(docsSchemaFor('charter.mdx'), { ...page, stauts: 'review' })).toEqual([
			expect.objectContaining({ code: 'unrecognized_keys' }),
		]);
		expect(issuesOf(docsSchemaFor('charter.mdx'), { ...page, area: 'lts' })).toEqual([
			expect.objectContaining({ code: 'unrecognized_keys' }),
		]);
		expect(
			issuesOf(docsCollectionSchema(context), { ...guidance, stauts: 'review' }).length
		).toBeGreaterThan(0);
	});

	it('rejects a description over 160 characters and an unknown status', () => {
		const schema = docsSchemaFor('charter.mdx');
		expect(issuesOf(schema, { ...page, description: 'x'.repeat(161) })).toEqual([
			expect.objectContaining({ path: 'description', code: 'too_big' }),
		]);
		expect(issuesOf(schema, { ...page, status: 'final' })).toEqual([
			expect.objectContaining({ path: 'status', code: 'invalid_value' }),
		]);
	});

	it('keeps Starlight fields working', () => {
		const parsed = docsSchemaFor('index.mdx').parse({
			...page,
			template: 'splash',
			sidebar: { order: 2 },
		});
		expect(parsed.template).toBe('splash');
		expect(parsed.sidebar.order).toBe(2);
	});
});
