import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import {
	corpusDefaults,
	corpusTagCount,
	countWords,
	generateCorpus,
	projectPageSource,
	stockPageSource,
} from '../../../scripts/bench/corpus.ts';
import { isGuidancePath } from '#src/schemas/guidance.ts';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { parseBody } from '#src/content-source/markdown.ts';
import { validateContent } from '#src/validation/validate.ts';

const pages = 120;
const corpus = generateCorpus({ pages });

function treeOf(body: string): Root {
	const parsed = parseBody(body, false);
	if ('error' in parsed) throw new Error(parsed.error.message);
	return parsed.tree;
}

/** Words of text as a reader sees them: headings, paragraphs, table cells and link texts, but not code. */
function textWords(tree: Root): number {
	let words = 0;
	visit(tree, 'text', (node) => {
		words += countWords(node.value);
	});
	return words;
}

describe('generateCorpus', () => {
	it('is the same corpus for the same seed, and another for another seed', () => {
		expect(generateCorpus({ pages })).toEqual(corpus);
		expect(generateCorpus({ pages, seed: corpusDefaults.seed + 1 }).pages[0]?.body).not.toEqual(
			corpus.pages[0]?.body
		);
	});

	it('spreads the pages over sections of 50, filling each before starting the next', () => {
		expect(corpus.pages).toHaveLength(pages);
		expect(corpus.sections).toHaveLength(Math.ceil(pages / corpusDefaults.pagesPerSection));
		const perSection = corpus.sections.map(
			(section) => corpus.pages.filter((page) => page.section === section).length
		);
		expect(perSection.slice(0, -1).every((count) => count === corpusDefaults.pagesPerSection)).toBe(
			true
		);
		expect(perSection.at(-1)).toBe(
			pages - corpusDefaults.pagesPerSection * (corpus.sections.length - 1)
		);
		for (const page of corpus.pages) {
			expect(page.file).toBe(`${page.section.directory}/${page.slug}.md`);
			expect(page.url).toBe(`/${page.section.directory}/${page.slug}/`);
		}
	});

	it('gives every page its word count of text, headings, a table and a code block', () => {
		for (const page of corpus.pages) {
			const tree = treeOf(page.body);
			expect(textWords(tree)).toBe(corpusDefaults.wordsPerPage);
			const types = new Set<string>();
			visit(tree, (node) => {
				types.add(node.type === 'heading' ? `h${(node as { depth: number }).depth}` : node.type);
			});
			expect([...types]).toEqual(expect.arrayContaining(['h2', 'h3', 'table', 'code', 'link']));
		}
	});

	it('follows a different word count when asked', () => {
		const small = generateCorpus({ pages: 3, wordsPerPage: 300 });
		expect(small.pages.map((page) => textWords(treeOf(page.body)))).toEqual([300, 300, 300]);
	});

	it('gives each page its own address and links only to pages of the corpus', () => {
		const urls = new Set(corpus.pages.map((page) => page.url));
		expect(urls.size).toBe(pages);
		for (const page of corpus.pages) {
			visit(treeOf(page.body), 'link', (link) => {
				expect(urls.has(link.url)).toBe(true);
			});
		}
	});

	it('tags pages from a small shared set of topics, as a site does, so tag pages do not grow with every page', () => {
		const tags = new Set(corpus.pages.flatMap((page) => page.tags));
		expect(tags.size).toBeLessThanOrEqual(corpusTagCount);
		expect(
			corpus.pages.every(
				(page) => page.tags.length >= 1 && new Set(page.tags).size === page.tags.length
			)
		).toBe(true);
	});

	it('picks two different search terms that occur in the corpus', () => {
		const [first, second] = corpus.searchTerms;
		expect(first).not.toBe(second);
		for (const term of corpus.searchTerms) {
			expect(
				corpus.pages.some((page) =>
					page.body
						.toLowerCase()
						.split(/[^a-z]+/)
						.includes(term)
				)
			).toBe(true);
		}
	});
});

describe('page sources', () => {
	const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
	afterAll(() => rmSync(root, { recursive: true }));

	it("satisfy the project's content check and stay out of the guidance standard", () => {
		for (const page of corpus.pages) {
			expect(isGuidancePath(page.file)).toBe(false);
			const file = join(root, 'src/content/docs', page.file);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, projectPageSource(page));
		}
		expect(validateContent({ root })).toEqual([]);
	});

	it('give stock Starlight only its own fields and the same body', () => {
		const page = corpus.pages[0]!;
		const stock = splitFrontmatter(stockPageSource(page));
		expect(
			stock?.yaml
				.trim()
				.split('\n')
				.map((line) => line.split(':')[0])
		).toEqual(['title', 'description']);
		expect(stock?.body.trim()).toBe(page.body.trim());
		expect(splitFrontmatter(projectPageSource(page))?.body.trim()).toBe(page.body.trim());
	});
});
