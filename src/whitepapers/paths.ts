import { pathWithBase } from '#src/base-path.ts';
/**
 * Every address a whitepaper has, from the site root and without the deployment's base path. Pages, the PDF
 * printer, the checker and the tests all build addresses here, so a renamed scheme cannot drift apart.
 */
export const whitepapersIndexPath = '/whitepapers/';

export function paperPath(slug: string): string {
	return `/whitepapers/${slug}/`;
}

/** A version's own page; it never changes once the version is frozen. */
export function versionPath(slug: string, version: string): string {
	return `/whitepapers/${slug}/${version}/`;
}

/** Matches the path of a version's own page, the page each PDF is printed from. */
export const versionPagePattern = /^\/whitepapers\/[a-z\d-]+\/\d+\.\d+\.\d+\/$/;

/** The short link printed on slides: to the latest version, or to one version. */
export function shortLinkPath(shortName: string, version?: string): string {
	return version ? `/wp/${shortName}/${version}/` : `/wp/${shortName}/`;
}

/** The PDF of one version; the file name carries the version so downloaded copies stay distinguishable. */
export function pdfPath(slug: string, shortName: string, version: string): string {
	return `/whitepapers/${slug}/${pdfFileName(shortName, version)}`;
}

export function pdfFileName(shortName: string, version: string): string {
	return `wg-sp-os-${shortName}-v${version}.pdf`;
}

/** The name (without .svg) of the QR code of a short link, served next to the paper's pages. */
export function qrCodeName(shortName: string, version?: string): string {
	return version ? `wg-sp-os-${shortName}-v${version}-qr` : `wg-sp-os-${shortName}-qr`;
}

export function qrCodePath(slug: string, shortName: string, version?: string): string {
	return `/whitepapers/${slug}/${qrCodeName(shortName, version)}.svg`;
}

/** Every page address a paper version answers at: its own page and short link, and for the latest also the unversioned ones. */
export function pagePathsOf(
	slug: string,
	shortName: string,
	version: string,
	latest: boolean
): string[] {
	const own = [versionPath(slug, version), shortLinkPath(shortName, version)];
	return latest ? [paperPath(slug), shortLinkPath(shortName), ...own] : own;
}

/** The absolute URL readers type or scan: site URL, base path (the deployment's unless given), path. */
export function absoluteUrl(site: string, path: string, base?: string): string {
	return new URL(pathWithBase(path, base), site).href;
}
