import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/bench/corpus.ts';
import { prepareProjectSite, prepareStockSite } from '../../../scripts/bench/workspace.ts';

// Inside the project like the benchmark's own folder; .bench/ is ignored by git.
mkdirSync('.bench', { recursive: true });
const scratch = mkdtempSync(join('.bench', 'workspace-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const corpus = generateCorpus({ pages: 3, pagesPerSection: 2 });

describe('prepareProjectSite', () => {
	const site = join(scratch, 'project');
	prepareProjectSite('.', site, corpus);

	it("builds the corpus in place of the site's own pages and entries, with the project's code and checks", () => {
		const pages = globSync('**/*.md*', { cwd: join(site, 'src/content/docs') }).sort();
		expect(pages).toEqual(['index.md', ...corpus.pages.map((page) => page.file)].sort());
		expect(
			globSync(
				[
					'content/landscape/*',
					'content/lifecycles/*',
					'content/updates/*',
					'content/releases/*',
					'content/whitepapers/*/',
				],
				{ cwd: site }
			)
		).toEqual([]);
		for (const kept of [
			'content/glossary.yaml',
			'content/whitepapers/redirects.yaml',
			'src/validation/validate.ts',
			'src/content/i18n/en.json',
		]) {
			expect(existsSync(join(site, kept)), kept).toBe(true);
		}
	});

	it("gives the sidebar the corpus's sections instead of the site's groups", () => {
		const config = readFileSync(join(site, 'astro.config.mjs'), 'utf8');
		expect(config).toContain(
			'{ label: "Section 01", items: [{ autogenerate: { directory: "section-01" } }] },'
		);
		expect(config).not.toContain("'charter'");
	});
});

describe('prepareStockSite', () => {
	it("uses Astro's default Markdown processor unless asked for the unified one with the stack's plugins", () => {
		prepareStockSite('.', join(scratch, 'stock'), corpus);
		prepareStockSite('.', join(scratch, 'stock-unified'), corpus, 'unified');
		const stock = readFileSync(join(scratch, 'stock', 'astro.config.mjs'), 'utf8');
		const unified = readFileSync(join(scratch, 'stock-unified', 'astro.config.mjs'), 'utf8');
		expect(stock).not.toContain('markdown:');
		expect(unified).toContain(
			'processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] })'
		);
		expect(unified.replace(/^.*(?:unified|remarkGfm|rehypeSlug).*\n/gm, '')).toBe(stock);
	});
});
