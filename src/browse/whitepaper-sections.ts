import { sluggedHeadings } from '#src/content-source/heading-slugs.ts';
import { parseBody } from '#src/content-source/markdown.ts';

export interface Section {
	depth: number;
	text: string;
	/** The id the heading gets when the whitepaper is rendered. */
	slug: string;
}

/**
 * The ## and ### sections of a whitepaper body with their anchors. Repeated headings are numbered (`risks`,
 * `risks-1`) in document order over all depths, so the slugs come from every heading even though only two
 * depths are returned.
 */
export function whitepaperSections(body: string): Section[] {
	const parsed = parseBody(body, true);
	if ('error' in parsed) return [];
	return sluggedHeadings(parsed.tree).filter(
		(heading) => heading.depth === 2 || heading.depth === 3
	);
}

/** Sections whose heading contains one of the keywords, ignoring case. */
export function sectionsMatching(
	sections: readonly Section[],
	keywords: readonly string[]
): Section[] {
	const words = keywords.map((keyword) => keyword.toLowerCase());
	return sections.filter((section) =>
		words.some((word) => section.text.toLowerCase().includes(word))
	);
}
