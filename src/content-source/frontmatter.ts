/** The YAML between the opening and closing `---` of a Markdown/MDX file, and the line it starts on. */
export interface Frontmatter {
	yaml: string;
	/** Lines before the YAML text (the opening `---`), to shift reported positions. */
	lineOffset: number;
	/** The body after the closing `---`, and the line it starts on. */
	body: string;
	bodyLine: number;
}

export function splitFrontmatter(text: string): Frontmatter | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	const yaml = match[1] ?? '';
	return {
		yaml,
		lineOffset: 1,
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length,
	};
}
