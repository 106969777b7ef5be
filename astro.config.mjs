// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndexChunks } from './src/integrations/search-index-chunks.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	markdown: {
		// The unified processor runs remark and rehype plugins; Astro 7's default Rust processor does not.
		processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, rehypeBaseLinks(site.base)] }),
	},
	integrations: [
		contentCheck(),
		searchIndexChunks(),
		starlight({
			title: site.title,
			description: site.description,
			logo: { src: './src/assets/logo.svg', alt: 'wg-sp-os home' },
			favicon: '/favicon.svg',
			social: [{ icon: 'github', label: 'Source on GitHub', href: site.repository }],
			editLink: { baseUrl: `${site.repository}/edit/${site.branch}/` },
			lastUpdated: true,
			// English is the root locale: translations can be added later without changing any English URL.
			locales: { root: { label: 'English', lang: 'en' } },
			customCss: ['./src/styles/site.css'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
			},
			sidebar: [
				{ label: 'Start here', items: [{ label: 'Home', link: '/' }, 'charter', 'get-involved', 'glossary'] },
				{ label: 'Guidance', items: [{ autogenerate: { directory: 'guidance' } }] },
				{ label: 'Landscape', items: [{ label: 'Compare container OSs', link: '/landscape/' }] },
			],
		}),
		mdx(),
	],
});
