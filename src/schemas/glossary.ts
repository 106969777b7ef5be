import { z } from 'astro/zod';
import { kebabCase, source } from './common.ts';
import { areaIds } from './guidance.ts';

export const glossaryTermSchema = z.strictObject({
	term: z.string().min(1),
	slug: kebabCase,
	definition: z.string().min(20),
	source,
	seeAlso: z.array(kebabCase).optional(),
	/** Guidance pages (by area) where the term matters. */
	guidance: z.array(z.enum(areaIds)).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z
	.strictObject({ terms: z.array(glossaryTermSchema).min(1) })
	.superRefine(({ terms }, context) => {
		const slugs = new Set<string>();
		terms.forEach((term, index) => {
			if (slugs.has(term.slug))
				context.addIssue({
					code: 'custom',
					path: ['terms', index, 'slug'],
					input: term.slug,
					message: 'expected a unique slug',
				});
			slugs.add(term.slug);
		});
		terms.forEach((term, index) =>
			term.seeAlso?.forEach((slug, seeIndex) => {
				if (!slugs.has(slug)) {
					context.addIssue({
						code: 'custom',
						path: ['terms', index, 'seeAlso', seeIndex],
						input: slug,
						message: 'expected the slug of another term in this glossary',
					});
				}
			})
		);
	});
export type Glossary = z.infer<typeof glossarySchema>;
