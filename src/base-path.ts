/**
 * A site path under the deployment's base path: `/landscape/` stays `/landscape/` locally and becomes
 * `/website/landscape/` on a GitHub Pages project site. The one place the site joins base and path; a leaf
 * module with no Node globals, so page scripts can use it too.
 */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
