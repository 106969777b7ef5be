import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { loadDocsPages } from '#src/browse/pages.ts';
import { formatLlmsFullTxt } from '#src/machine/llms-txt.ts';
import { loadPapers } from '#src/whitepapers/load.ts';
import { pathWithBase } from '#src/base-path.ts';

/** The Markdown source of every page and of each whitepaper's latest version in one file, for language models that read a site whole. */
export const GET: APIRoute = async (context) => {
	const url = (path: string) => new URL(pathWithBase(`/${path}`), context.site ?? context.url).href;
	const pages = await loadDocsPages();
	const docs = await Promise.all(
		pages.map(async (page) => ({
			title: page.title,
			url: url(page.slug ? `${page.slug}/` : ''),
			description: page.description,
			body: (await getEntry('docs', page.id))?.body ?? '',
		}))
	);
	const whitepapers = await Promise.all(
		(await loadPapers()).map(async ({ slug, latest }) => ({
			title: latest.data.title,
			url: url(`whitepapers/${slug}/`),
			description: latest.data.abstract,
			body: (await getEntry('whitepapers', latest.entryId))?.body ?? '',
		}))
	);
	return new Response(formatLlmsFullTxt([...docs, ...whitepapers]), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
