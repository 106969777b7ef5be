// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { editUrlOf } from './src/contributing/repository-links.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndexChunks } from './src/integrations/search-index-chunks.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sharedAnchorIcon } from './src/integrations/shared-anchor-icon.ts';
import { withoutHarmlessUpstreamWarnings } from './src/integrations/vite-warnings.ts';
import { whitepaperPdfs } from './src/integrations/whitepaper-pdfs.ts';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.ts';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { rehypeTaskListLabels } from './src/markdown/rehype-task-list-labels.ts';
import { isListedInSitemap } from './src/navigation/sitemap-xml.ts';
import { cspDirectives, scriptResources, styleResources } from './src/security/policy.ts';
import { starlightInlineScriptHashes } from './src/security/starlight-inline-scripts.ts';
import { site } from './src/site.ts';

export default defineConfig({
	site: site.url,
	base: site.base,
	trailingSlash: 'always',
	build: {
		// Astro's CSP hashes the styles it inlines into a page, but not those of components rendered inside MDX
		// content; external stylesheets need no hash and are cached across pages.
		inlineStylesheets: 'never',
	},
	vite: {
		build: {
			// Astro writes a page script under 4 kB into the HTML of every page that uses it (Starlight's menu, theme
			// and sidebar-state scripts: about 2.6 kB a page, and a CSP hash each). As files they are downloaded once
			// and cached for every later page.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rolldownOptions: { onwarn: withoutHarmlessUpstreamWarnings },
		},
	},
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: { resources: scriptResources, hashes: starlightInlineScriptHashes() },
			styleDirective: { resources: styleResources },
		},
	},
	markdown: {
		// Expressive Code (Starlight) highlights every code block and turns Astro's own highlighter off once its
		// integration runs; saying so here too keeps Astro from warning that Shiki's inline styles break the CSP.
		syntaxHighlight: false,
		// The unified processor runs remark and rehype plugins; Astro 7's default Rust processor does not.
		processor: unified({
			// remark-gfm is listed below; the processor's own GFM switch would add it a second time and parse every
			// page with both.
			gfm: false,
			remarkPlugins: [remarkGfm],
			rehypePlugins: [
				rehypeSlug,
				rehypeTaskListLabels,
				rehypeScrollableTables,
				rehypeBaseLinks(site.base),
			],
			// Footnotes are the whitepapers' references: a visible heading, not the default screen-reader-only "Footnotes".
			remarkRehype: { footnoteLabel: 'References', footnoteLabelProperties: {} },
		}),
	},
	integrations: [
		// Before Starlight: it frees memory before Starlight builds the search index.
		buildMemory(),
		contentCheck(),
		searchIndexChunks(),
		starlight({
			title: site.title,
			description: site.description,
			logo: { src: './src/assets/logo.svg', alt: site.logoAlt },
			favicon: '/favicon.svg',
			social: [{ icon: 'github', label: 'Source on GitHub', href: site.repository }],
			editLink: { baseUrl: editUrlOf('') },
			// Off: src/components/overrides/LastUpdated.astro reads the date and the contributors from git itself.
			lastUpdated: false,
			// English is the root locale: translations can be added later without changing any English URL.
			locales: { root: { label: 'English', lang: 'en' } },
			customCss: ['./src/styles/site.css'],
			head: [
				// Lets feed readers discover the updates feed from any page.
				{
					tag: 'link',
					attrs: {
						rel: 'alternate',
						type: 'application/rss+xml',
						title: `${site.title}: ecosystem updates`,
						href: `${site.base.replace(/\/?$/, '/')}updates/rss.xml`,
					},
				},
			],
			routeMiddleware: ['./src/route-middleware/sidebar.ts', './src/route-middleware/social.ts'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				SiteTitle: './src/components/overrides/SiteTitle.astro',
				EditLink: './src/components/overrides/EditLink.astro',
				LastUpdated: './src/components/overrides/LastUpdated.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				Pagination: './src/components/overrides/Pagination.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
			},
			sidebar: [
				{
					label: 'Start here',
					items: [{ label: 'Home', link: '/' }, 'charter', 'get-involved', 'glossary'],
				},
				{ label: 'Guidance', items: [{ autogenerate: { directory: 'guidance' } }] },
				{ label: 'Whitepapers', items: [{ label: 'All whitepapers', link: '/whitepapers/' }] },
				{
					label: 'Proposals',
					items: [
						{ label: 'All proposals', link: '/proposals/' },
						{ autogenerate: { directory: 'proposals' } },
					],
				},
				{
					label: 'Landscape and lifecycles',
					items: [
						{ label: 'Compare container OSs', link: '/landscape/' },
						{ label: 'Choose from requirements', link: '/landscape/choose/' },
						{ label: 'Gaps in the landscape', link: '/landscape/gaps/' },
						{ label: 'Support timeline', link: '/lifecycles/' },
					],
				},
				{
					label: 'Browse',
					items: [
						{ label: 'Focus areas', link: '/areas/' },
						{ label: 'Tags', link: '/tags/' },
						{ label: 'Ecosystem updates', link: '/updates/' },
						{ label: 'Site map', link: '/site-map/' },
					],
				},
			],
		}),
		// After Starlight: its heading links must exist before their icons can be shared.
		sharedAnchorIcon(),
		mdx(),
		// Starlight adds this integration itself unless it is present; here it leaves out results and redirect pages.
		sitemap({ filter: isListedInSitemap }),
		securityHeaders(),
		whitepaperPdfs(),
	],
});
