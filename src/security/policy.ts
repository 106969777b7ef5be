/**
 * The site's security policy, in one place for both places it is delivered:
 * - every page's <meta http-equiv="content-security-policy">, which Astro completes with the hashes of the
 *   scripts and styles it renders (so no 'unsafe-inline' for scripts);
 * - the `_headers` file for hosts that read one (Netlify, Cloudflare Pages), which can also carry what a meta
 *   tag cannot: frame-ancestors and the other response headers. GitHub Pages reads no headers file; there the
 *   meta policy applies and framing cannot be refused (see README).
 */

/** Directives beyond script-src and style-src, which Astro writes with hashes. */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	// Pagefind's search runs in a worker and compiles its WebAssembly index reader.
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-src 'none'",
] as const;

/** Script sources beside the hashes: the site's own bundles, and WebAssembly compilation for Pagefind. */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Style sources beside Astro's hashes. Starlight sets CSS custom properties in style attributes (icon sizes,
 * sidebar depth); attributes cannot run code, so they are allowed (`style-src-attr`), while <style> elements
 * still need hashes. `style-src` itself gets 'self' from Astro, which writes it when no other source is named
 * for it: naming it here too makes Astro warn that `style-src-attr` shadows it, which is what is meant.
 */
export const styleResources = [{ resource: "'unsafe-inline'", kind: 'attribute' as const }];

/** Response headers for every path, for hosts that read a `_headers` file. */
export const responseHeaders: Record<string, string> = {
	'Content-Security-Policy': [
		"frame-ancestors 'none'",
		"object-src 'none'",
		"base-uri 'self'",
	].join('; '),
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

export function headersFile(): string {
	const lines = Object.entries(responseHeaders).map(([name, value]) => `  ${name}: ${value}`);
	return ['/*', ...lines, ''].join('\n');
}
