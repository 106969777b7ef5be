import { z } from 'astro/zod';

/**
 * JSON Schema for an export, generated from the zod schema that validates the source data, so the published
 * format cannot drift from what the site accepts. Describes the data as exported (after defaults and dates).
 */
export function exportJsonSchema(
	itemSchema: z.ZodType,
	{
		id,
		title,
		description,
		formatVersion,
	}: { id: string; title: string; description: string; formatVersion: number }
) {
	const item = z.toJSONSchema(itemSchema, {
		io: 'output',
		unrepresentable: 'any',
		target: 'draft-2020-12',
	});
	const { $schema, ...itemDefinition } = item;
	return {
		$schema,
		$id: id,
		title,
		description,
		type: 'object',
		required: ['formatVersion', 'generated', 'entries'],
		additionalProperties: false,
		properties: {
			formatVersion: {
				const: formatVersion,
				description: 'Changes only when the format changes incompatibly.',
			},
			generated: { type: 'string', format: 'date', description: 'The date the site was built.' },
			entries: { type: 'array', items: itemDefinition },
		},
	};
}
