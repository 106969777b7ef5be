import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { site } from '#src/site.ts';
import { absoluteUrl, qrCodeName, shortLinkPath } from '#src/whitepapers/paths.ts';
import { loadPapers } from '#src/whitepapers/load.ts';
import { qrCodeSvg } from '#src/whitepapers/qr-code.ts';

/** QR codes of a paper's short links: one to the latest version, one per version. */
export const getStaticPaths = (async () =>
	(await loadPapers()).flatMap((paper) => {
		const { shortName } = paper.latest.data;
		return [undefined, ...paper.versions.map((shown) => shown.version)].map((version) => ({
			params: { slug: paper.slug, qrCode: qrCodeName(shortName, version) },
			props: { shortLink: shortLinkPath(shortName, version) },
		}));
	})) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
	props,
	site: configuredSite,
}) => {
	const url = absoluteUrl(String(configuredSite ?? site.url), props.shortLink);
	return new Response(await qrCodeSvg(url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
