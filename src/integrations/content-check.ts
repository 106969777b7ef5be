import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '#src/validation/report.ts';
import { validateContent } from '#src/validation/validate.ts';

/**
 * Runs the project's content checker before Astro loads any collection. Astro alone would stop at the first
 * bad file, give no line, and accept impossible dates; this reports every problem with its position and
 * stops the build. In `astro dev` it only logs, so a contributor can keep previewing while fixing.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'wg-sp-os:content-check',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const problems = validateContent({ root, displayFrom: process.cwd() });
				if (problems.length === 0) return;
				const report = formatReport(problems);
				if (command === 'dev') {
					logger.error(`\n${report}`);
					return;
				}
				throw new Error(
					`Content check failed. Fix these problems (npm run check lists them too):\n${report}`
				);
			},
		},
	};
}
