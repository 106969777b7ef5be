/**
 * Where the site is published and where its source lives. Deployments set these through the environment:
 * a GitHub Pages project site needs SITE_URL=https://<owner>.github.io and BASE_PATH=/<repository>;
 * a custom domain needs SITE_URL only.
 */
const repository = process.env.SITE_REPOSITORY ?? 'https://github.com/wg-sp-os/website';

export const site = {
	url: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	/** The GitHub repository that holds this site's source; edit links and issue links point here. */
	repository,
	branch: process.env.SITE_BRANCH ?? 'main',
	title: 'Special Purpose OS Working Group',
	/** Shown in the header in place of the title where the title would not fit (phones). */
	shortTitle: 'wg-sp-os',
	logoAlt: 'wg-sp-os home',
	description:
		'Vendor-neutral guidance, whitepapers and a sourced landscape for running cloud native workloads on container and special-purpose operating systems.',
};
