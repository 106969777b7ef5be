import { Random, ZipfSampler } from './random.ts';

/**
 * The synthetic site the benchmark builds: pages of about `wordsPerPage` words of text with headings, a table
 * and a code block, in sections of `pagesPerSection` pages, as a documentation site grows. Everything comes
 * from a seeded generator, so a given size is the same corpus on every run and every machine.
 */
export interface CorpusOptions {
	pages: number;
	seed?: number;
	wordsPerPage?: number;
	pagesPerSection?: number;
}

export interface CorpusSection {
	/** Folder under src/content/docs/, also the sidebar's autogenerate directory. */
	directory: string;
	label: string;
}

export interface CorpusPage {
	section: CorpusSection;
	slug: string;
	/** Path relative to src/content/docs/. */
	file: string;
	/** Root-relative URL the page is served at (trailing slash, no base). */
	url: string;
	title: string;
	description: string;
	tags: string[];
	status: 'draft' | 'review' | 'published';
	lastReviewed: string;
	owners: string[];
	/** Markdown body, without frontmatter. */
	body: string;
}

export interface Corpus {
	sections: CorpusSection[];
	pages: CorpusPage[];
	/** Two different words that occur in the corpus, for a first and a later search. */
	searchTerms: [string, string];
}

export const corpusDefaults = { seed: 20261127, wordsPerPage: 800, pagesPerSection: 50 } as const;

/** English function words make up close to half of real prose; the rest come from a Zipf-distributed vocabulary. */
const functionWords = [
	'the',
	'of',
	'and',
	'to',
	'a',
	'in',
	'is',
	'that',
	'for',
	'it',
	'on',
	'with',
	'as',
	'by',
	'this',
	'be',
	'are',
	'from',
	'or',
	'at',
	'an',
	'can',
	'when',
	'which',
	'each',
	'not',
	'its',
	'more',
	'after',
	'before',
	'into',
	'one',
	'all',
	'if',
	'only',
	'than',
	'then',
	'they',
	'their',
	'every',
];
const functionWordShare = 0.45;
const vocabularySize = 8000;
/** Tags are a site's small shared vocabulary of topics, each on many pages, not a word per page. */
export const corpusTagCount = 40;
/** Vocabulary ranks of the search terms: a word found on most pages, then a rarer one found on a few. */
const searchTermRanks = [4, 200] as const;

const consonants = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const vowels = ['a', 'e', 'i', 'o', 'u'];

export function generateCorpus(options: CorpusOptions): Corpus {
	const {
		pages: pageCount,
		seed,
		wordsPerPage,
		pagesPerSection,
	} = { ...corpusDefaults, ...options };
	const random = new Random(seed);
	const vocabulary = makeVocabulary(random, vocabularySize);
	const words = new WordSource(random, vocabulary);
	const tagSet = vocabulary.slice(0, corpusTagCount);
	const sectionCount = Math.ceil(pageCount / pagesPerSection);
	const digits = Math.max(2, String(sectionCount).length);
	const sections = Array.from({ length: sectionCount }, (_, index) => {
		const number = String(index + 1).padStart(digits, '0');
		return { directory: `section-${number}`, label: `Section ${number}` };
	});

	const usedSlugs = new Set<string>();
	const pages: CorpusPage[] = Array.from({ length: pageCount }, (_, index) => {
		const section = sections[Math.floor(index / pagesPerSection)] as CorpusSection;
		let title: string;
		let slug: string;
		do {
			title = capitalise(words.content(random.int(3, 5)).join(' '));
			slug = title.toLowerCase().split(' ').join('-');
		} while (usedSlugs.has(`${section.directory}/${slug}`));
		usedSlugs.add(`${section.directory}/${slug}`);
		return {
			section,
			slug,
			file: `${section.directory}/${slug}.md`,
			url: `/${section.directory}/${slug}/`,
			title,
			description: describe(words, random),
			tags: [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(tagSet)))],
			status: random.pick(['draft', 'review', 'published'] as const),
			lastReviewed: dayOf2026(random.int(0, 300)),
			owners:
				random.next() < 0.5 ? [] : [vocabulary[random.int(0, vocabulary.length - 1)] as string],
			body: '',
		};
	});
	for (const page of pages) {
		page.body = writeBody(words, random, wordsPerPage, [random.pick(pages), random.pick(pages)]);
	}
	const searchTerms = searchTermRanks.map((rank) => vocabulary[rank] as string) as [string, string];
	return { sections, pages, searchTerms };
}

/** What a page's source is written from; the home page has no section. */
type PageText = Pick<
	CorpusPage,
	'title' | 'description' | 'status' | 'lastReviewed' | 'owners' | 'tags' | 'body'
>;

/** The home page (index.md) of both sites: the sections are in the sidebar. */
export const corpusHome: PageText = {
	title: 'Benchmark corpus',
	description:
		'The home page of the synthetic site the benchmark builds; its sections are in the sidebar.',
	status: 'published',
	lastReviewed: '2026-11-01',
	owners: [],
	tags: [],
	body: 'The sections are in the sidebar.\n',
};

/** The page as this project stores it: Starlight's fields plus the project's page schema (not guidance). */
export function projectPageSource(page: PageText): string {
	return (
		frontmatter({
			title: page.title,
			description: page.description,
			status: page.status,
			lastReviewed: page.lastReviewed,
			owners: page.owners,
			tags: page.tags,
		}) + page.body
	);
}

/** The same page for stock Starlight, which knows only its own fields. */
export function stockPageSource(page: PageText): string {
	return frontmatter({ title: page.title, description: page.description }) + page.body;
}

/** Words of text as the project's guidance checker counts them: whitespace-separated, with a letter or digit. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function frontmatter(fields: Record<string, string | string[]>): string {
	// JSON strings and arrays are valid YAML flow values, and quoting keeps dates as text.
	const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
	return `---\n${lines.join('\n')}\n---\n\n`;
}

class WordSource {
	readonly #random: Random;
	readonly #vocabulary: string[];
	readonly #zipf: ZipfSampler;

	constructor(random: Random, vocabulary: string[]) {
		this.#random = random;
		this.#vocabulary = vocabulary;
		this.#zipf = new ZipfSampler(vocabulary.length);
	}

	content(count: number): string[] {
		return Array.from(
			{ length: count },
			() => this.#vocabulary[this.#zipf.rank(this.#random)] as string
		);
	}

	prose(count: number): string[] {
		return Array.from({ length: count }, () =>
			this.#random.next() < functionWordShare
				? this.#random.pick(functionWords)
				: (this.content(1)[0] as string)
		);
	}
}

function makeVocabulary(random: Random, size: number): string[] {
	const words = new Set<string>();
	while (words.size < size) {
		const syllables = Array.from(
			{ length: random.int(2, 4) },
			() => random.pick(consonants) + random.pick(vowels)
		);
		const word = syllables.join('') + (random.next() < 0.4 ? random.pick(consonants) : '');
		if (!functionWords.includes(word)) words.add(word);
	}
	return [...words];
}

/** Sentences of 6 to 18 words that together hold exactly `count` words. */
function sentences(words: WordSource, random: Random, count: number): string {
	const parts: string[] = [];
	let left = count;
	while (left > 0) {
		const length = left <= 18 ? left : Math.min(random.int(6, 18), left - 6);
		parts.push(`${capitalise(words.prose(length).join(' '))}.`);
		left -= length;
	}
	return parts.join(' ');
}

function describe(words: WordSource, random: Random): string {
	let description: string;
	do {
		description = sentences(words, random, random.int(8, 14));
	} while (description.length < 20 || description.length > 160);
	return description;
}

/**
 * A page body whose text (headings, paragraphs, table cells and link texts; not code) holds exactly
 * `wordCount` words: the fixed parts are written first, then the paragraphs share what is left.
 */
function writeBody(
	words: WordSource,
	random: Random,
	wordCount: number,
	related: CorpusPage[]
): string {
	const heading = () => capitalise(words.content(random.int(2, 4)).join(' '));
	const headings = [heading(), heading(), heading(), heading()];
	const table = writeTable(words, random);
	const seeAlso = `See also ${related.map((page) => `[${page.title}](${page.url})`).join(' and ')}.`;
	const code = writeCode(words, random);
	const paragraphSlots = 9;
	const fixedWords = countWords([...headings, table.text, seeAlso].join(' '));
	const paragraphWords = splitEvenly(wordCount - fixedWords, paragraphSlots, random);
	const paragraph = () => sentences(words, random, paragraphWords.shift() as number);
	const [h2a, h3, h2b, h2c] = headings;
	return [
		paragraph(),
		paragraph(),
		`## ${h2a}`,
		paragraph(),
		paragraph(),
		`### ${h3}`,
		paragraph(),
		table.markdown,
		`## ${h2b}`,
		paragraph(),
		code,
		paragraph(),
		`## ${h2c}`,
		paragraph(),
		`${paragraph()} ${seeAlso}`,
		'',
	].join('\n\n');
}

function writeTable(words: WordSource, random: Random): { markdown: string; text: string } {
	const header = ['Setting', 'Default', 'Range', 'Notes'];
	const rows = Array.from({ length: 5 }, () => [
		`\`${words.content(1)[0]}\``,
		`${random.int(1, 500)} ms`,
		`${random.int(0, 9)} to ${random.int(10, 99)}`,
		capitalise(words.prose(random.int(3, 6)).join(' ')),
	]);
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const markdown = [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
	// Inline code in a cell is a code node, not text, so the checker does not count it.
	const text = [header, ...rows.map((row) => row.slice(1))].flat().join(' ');
	return { markdown, text };
}

function writeCode(words: WordSource, random: Random): string {
	const lines = Array.from({ length: random.int(8, 12) }, (_, index) => {
		const [key, value] = words.content(2);
		return `${index === 0 ? '' : '  '}${key}: ${index === 0 ? '' : value}`.trimEnd();
	});
	return ['```yaml', ...lines, '```'].join('\n');
}

/** `total` split into `parts` whole numbers of roughly equal size (each at least 1) that add up to `total`. */
function splitEvenly(total: number, parts: number, random: Random): number[] {
	if (total < parts)
		throw new Error(`cannot write ${parts} paragraphs with only ${total} words left`);
	const sizes = Array.from({ length: parts }, () => Math.floor(total / parts));
	for (let index = 0; index < total % parts; index++) sizes[random.int(0, parts - 1)]! += 1;
	return sizes;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function dayOf2026(offset: number): string {
	return new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
}
