/**
 * SVG text does not wrap, so the chart wraps its own. Widths are estimates (no font metrics at build time):
 * an average glyph of the site's sans-serif font is a little over half the font size, and the estimate errs
 * wide so text stays inside its box.
 */
export const averageGlyphWidth = 0.58;

export function textWidth(text: string, fontSize: number, { bold = false } = {}): number {
	return text.length * fontSize * averageGlyphWidth * (bold ? 1.1 : 1);
}

/** How many characters fit in a width, by the same estimate. */
export function charsThatFit(width: number, fontSize: number, { bold = false } = {}): number {
	return Math.floor(width / textWidth('x', fontSize, { bold }));
}

/** Splits text into lines of at most `maxChars` characters at spaces; a longer word gets a line of its own. */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (current && current.length + 1 + word.length > maxChars) {
			lines.push(current);
			current = word;
		} else {
			current = current ? `${current} ${word}` : word;
		}
	}
	if (current) lines.push(current);
	return lines;
}
