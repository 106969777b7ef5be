// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { whitepaperPdfs } from './src/integrations/whitepaper-pdfs.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { rehypeTaskListLabels } from './src/markdown/rehype-task-list-labels.ts';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	markdown: {
		// The unified processor runs remark and rehype plugins; Astro 7's default Rust processor does not.
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [rehypeSlug, rehypeBaseLinks(site.base), rehypeTaskListLabels],
			// Footnotes are the whitepapers' references: a visible heading, not the default screen-reader-only "Footnotes".
			remarkRehype: { footnoteLabel: 'References', footnoteLabelProperties: {} },
		}),
	},
	integrations: [
		contentCheck(),
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
			},
			sidebar: [
				{ label: 'Start here', items: [{ label: 'Home', link: '/' }, 'charter', 'get-involved', 'glossary'] },
				{ label: 'Guidance', items: [{ autogenerate: { directory: 'guidance' } }] },
				{ label: 'Whitepapers', items: [{ label: 'All whitepapers', link: '/whitepapers/' }] },
				{ label: 'Landscape', items: [{ label: 'Compare container OSs', link: '/landscape/' }] },
			],
		}),
		mdx(),
		whitepaperPdfs(),
	],
});
