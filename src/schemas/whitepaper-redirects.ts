import { z } from 'astro/zod';
import { followRedirects } from '#src/whitepapers/redirects.ts';

/** A whitepaper address from the site root, without the base path: /whitepapers/<slug>/[<version>/] or /wp/<shortName>/[<version>/]. */
const whitepaperPath = z
	.string()
	.regex(/^\/(?:whitepapers|wp)\/[a-z\d]+(?:-[a-z\d]+)*\/(?:\d+\.\d+\.\d+\/)?$/, {
		error:
			'expected a whitepaper address such as /whitepapers/old-name/ or /wp/old-name/1.0.0/ (with the slashes)',
	});

/** One renamed address: readers who follow `from` (an old link, a printed slide) land on `to`. */
export const whitepaperRedirectSchema = z.strictObject({
	from: whitepaperPath,
	to: whitepaperPath,
});
export type WhitepaperRedirect = z.infer<typeof whitepaperRedirectSchema>;

/**
 * content/whitepapers/redirects.yaml. Each `from` appears once, and following `to` must end at a page, never
 * come back round; whether that page exists is checked against the papers (src/validation/rules/whitepapers.ts).
 */
export const whitepaperRedirectsSchema = z
	.strictObject({ redirects: z.array(whitepaperRedirectSchema) })
	.superRefine(({ redirects }, context) => {
		const seen = new Set<string>();
		redirects.forEach((redirect, index) => {
			if (seen.has(redirect.from)) {
				context.addIssue({
					code: 'custom',
					path: ['redirects', index, 'from'],
					input: redirect.from,
					message: 'expected a from address no earlier redirect uses',
				});
			}
			seen.add(redirect.from);
			const { chain, loops } = followRedirects(redirects, redirect.from);
			if (loops) {
				context.addIssue({
					code: 'custom',
					path: ['redirects', index, 'to'],
					input: redirect.to,
					message: `expected redirects that end at a page, not a loop (${chain.join(' → ')})`,
				});
			}
		});
	});
export type WhitepaperRedirects = z.infer<typeof whitepaperRedirectsSchema>;
