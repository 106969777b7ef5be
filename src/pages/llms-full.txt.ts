import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { loadDocsPages } from '../browse/pages.ts';
import { formatLlmsFullTxt } from '../machine/llms-txt.ts';

/** The Markdown source of every page and whitepaper in one file, for language models that read a site whole. */
export const GET: APIRoute = async (context) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const url = (path: string) => new URL(`${base}${path}`, context.site ?? context.url).href;
	const pages = await loadDocsPages();
	const docs = await Promise.all(
		pages.map(async (page) => ({ title: page.title, url: url(page.slug ? `${page.slug}/` : ''), description: page.description, body: (await getEntry('docs', page.id))?.body ?? '' })),
	);
	const whitepapers = (await getCollection('whitepapers')).map((paper) => ({
		title: paper.data.title,
		url: url(`whitepapers/${paper.id}/`),
		description: paper.data.abstract,
		body: paper.body ?? '',
	}));
	return new Response(formatLlmsFullTxt([...docs, ...whitepapers]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
