import type { APIRoute } from 'astro';
import { loadDocsPages } from '#src/browse/pages.ts';
import { loadLandscape } from '#src/landscape/load.ts';
import { loadPapers } from '#src/whitepapers/load.ts';
import { formatLlmsTxt } from '#src/machine/llms-txt.ts';
import { areas } from '#src/schemas/areas.ts';
import { site } from '#src/site.ts';
import { pathWithBase } from '#src/base-path.ts';

/** An index of the site for language models, in the llms.txt format; /llms-full.txt has the text itself. */
export const GET: APIRoute = async (context) => {
	const url = (path: string) => new URL(pathWithBase(`/${path}`), context.site ?? context.url).href;
	const [pages, landscape, papers] = await Promise.all([
		loadDocsPages(),
		loadLandscape(),
		loadPapers(),
	]);
	const asLink = (page: (typeof pages)[number]) => ({
		title: page.title,
		url: url(page.slug ? `${page.slug}/` : ''),
		description: page.description,
	});
	const text = formatLlmsTxt({
		title: site.title,
		summary: site.description,
		notes: [
			'Guidance pages follow one standard: mechanisms and trade-offs, a comparison of container OSs, numbered recommendations, a checklist and open questions. Facts carry inline links to primary sources and dates ("as of 2026-11").',
			`The full text of every page and whitepaper is at ${url('llms-full.txt')}. The landscape is also available as JSON: ${url('landscape.json')}.`,
		].join('\n\n'),
		sections: [
			{ title: 'Guidance', links: pages.filter((page) => page.area).map(asLink) },
			{
				title: 'Whitepapers',
				links: papers.map(({ slug, latest: { data } }) => ({
					title: data.title,
					url: url(`whitepapers/${slug}/`),
					description: `Version ${data.version} (${data.status}). ${data.subtitle ?? ''}`.trim(),
				})),
			},
			{ title: 'Working group', links: pages.filter((page) => !page.area).map(asLink) },
			{
				title: 'Data',
				links: [
					{
						title: 'Landscape of container operating systems',
						url: url('landscape/'),
						description: 'Container OSs compared field by field, each value with its source.',
					},
					{
						title: 'Landscape as JSON',
						url: url('landscape.json'),
						description: `Every OS with its fields, sources and notes; JSON Schema at ${url('landscape.schema.json')}.`,
					},
					{
						title: 'Support timeline',
						url: url('lifecycles/'),
						description: `Release lines and support dates of Kubernetes, managed services, OSs, containerd and kernels; JSON at ${url('lifecycles.json')}.`,
					},
					{
						title: 'Ecosystem updates',
						url: url('updates/'),
						description: `Dated, sourced news; RSS at ${url('updates/rss.xml')}.`,
					},
				],
			},
			{
				title: 'Optional',
				links: [
					...landscape.map((os) => ({
						title: `Landscape: ${os.name}`,
						url: url(`landscape/${os.id}/`),
						description: os.summary,
					})),
					...Object.entries(areas).map(([area, title]) => ({
						title: `Focus area: ${title}`,
						url: url(`areas/${area}/`),
					})),
				],
			},
		],
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
