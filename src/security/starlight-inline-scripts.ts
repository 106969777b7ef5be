import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * CSP hashes of the inline scripts Starlight's own components render (theme, search shortcut, sidebar state).
 * Astro hashes the scripts it bundles but not `is:inline` ones. Hashing them from Starlight's installed source
 * allows exactly those scripts, stays right across Starlight upgrades, and still blocks any other inline script.
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
	const components = join(
		dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight'))),
		'components'
	);
	const hashes = new Set<`sha256-${string}`>();
	for (const file of readdirSync(components).filter((name) => name.endsWith('.astro'))) {
		const source = readFileSync(join(components, file), 'utf8');
		for (const match of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
			hashes.add(
				`sha256-${createHash('sha256')
					.update(match[1] ?? '')
					.digest('base64')}`
			);
		}
	}
	return [...hashes];
}
