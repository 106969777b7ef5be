import type { Nodes } from 'mdast';
import { parseBody } from '#src/content-source/markdown.ts';

/**
 * Whether an evidence quote still appears on its source page. A quote is copied from the page as a reader sees
 * it; the page's bytes carry markup, entities, line breaks and typography the quote does not. So both sides are
 * reduced to their words: letters and digits in Unicode compatibility form, lower case, everything else a single
 * separator. Case, punctuation ("18-month" and "18 month", curly and straight apostrophes), whitespace and
 * markup then never decide; the words and their order still must match, and a changed number or a reworded
 * sentence still reads as missing. Words must match whole: "1.3" is not found in "1.35".
 */
export function quoteAppears(quote: string, page: PageWords): boolean {
	const words = wordsOf(quote);
	return words !== '' && ` ${page.words} `.includes(` ${words} `);
}

/** A page reduced to its words, separated by single spaces. */
export interface PageWords {
	words: string;
}

/** How a page's body is written, which decides how its text is read. */
export type TextFormat = 'html' | 'markdown' | 'text';

/** The words of a page body as a reader sees them. */
export function pageWords(body: string, format: TextFormat): PageWords {
	const text =
		format === 'html' ? htmlText(body) : format === 'markdown' ? markdownText(body) : body;
	return { words: wordsOf(text) };
}

/** Letters and digits in Unicode compatibility form (ligatures, full-width forms), lower case. */
export function wordsOf(text: string): string {
	return (
		text
			.normalize('NFKC')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	).join(' ');
}

/**
 * The text of an HTML page: comments and the bodies of script, style and template elements removed (code and
 * styling, not text a reader sees), every tag replaced by a space, entities decoded. A tag becomes a space even
 * inside a word: pages lay out "4081.3.0" and "Jan 30, 2025" in adjacent elements far more often than they break
 * one word with markup. Attribute values may hold ">" and are skipped as a whole.
 */
export function htmlText(html: string): string {
	return decodeEntities(
		html
			.replace(/<!--[\s\S]*?-->/g, ' ')
			.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
			.replace(/<\/?[a-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi, ' ')
			.replace(/<[!?][^>]*>/g, ' ')
	);
}

/**
 * The text of a Markdown file as GitHub renders it, for sources read as raw files: link targets, emphasis
 * markers and table pipes are not words a reader sees, while HTML inside the Markdown is read as HTML.
 */
export function markdownText(markdown: string): string {
	const parts: string[] = [];
	const collect = (node: Nodes) => {
		if (node.type === 'html') parts.push(htmlText(node.value));
		else if ('value' in node) parts.push(node.value);
		else if (node.type === 'image' || node.type === 'imageReference') parts.push(node.alt ?? '');
		if ('children' in node) for (const child of node.children) collect(child);
	};
	const parsed = parseBody(markdown, false);
	if ('error' in parsed) return markdown;
	collect(parsed.tree);
	return parts.join(' ');
}

/**
 * Named entities that stand for letters or spaces in English documentation. Other named entities stand for
 * punctuation or symbols, which the comparison ignores, so they read as a space.
 */
const letterEntities: Record<string, string> = {
	amp: '&',
	nbsp: ' ',
	aacute: 'á',
	agrave: 'à',
	auml: 'ä',
	ccedil: 'ç',
	eacute: 'é',
	egrave: 'è',
	iacute: 'í',
	ntilde: 'ñ',
	oacute: 'ó',
	ouml: 'ö',
	szlig: 'ß',
	uacute: 'ú',
	uuml: 'ü',
};

function decodeEntities(text: string): string {
	return text.replace(
		/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]*));?/gi,
		(entity, decimal?: string, hex?: string, name?: string) => {
			const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
			if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
			return (name && letterEntities[name.toLowerCase()]) ?? (entity.endsWith(';') ? ' ' : entity);
		}
	);
}
