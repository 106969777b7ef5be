import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '#src/security/policy.ts';

/** Writes `_headers` next to the built site, from the same policy module as the pages' CSP. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'wg-sp-os:security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), headersFile());
			},
		},
	};
}
