import type { CorpusSection } from './corpus.ts';

/** A sidebar group that lists one content folder, written the way astro.config.mjs writes its Guidance group. */
export function sidebarGroupSource(section: CorpusSection): string {
	return `{ label: ${JSON.stringify(section.label)}, items: [{ autogenerate: { directory: ${JSON.stringify(section.directory)} } }] },`;
}

/**
 * The project's astro.config.mjs with one sidebar group per section added at the end of its `sidebar: [...]`
 * list, as a maintainer adds a new section. The config is edited as text so the benchmark builds the real
 * configuration; if the sidebar is no longer a literal list the benchmark says so instead of guessing.
 */
export function addSidebarSections(configText: string, sections: CorpusSection[]): string {
	const opening = /\bsidebar:\s*\[/g;
	const matches = [...configText.matchAll(opening)];
	if (matches.length !== 1) {
		throw new Error(
			`expected astro.config.mjs to have one \`sidebar: [\` list, found ${matches.length}; update src/bench/sidebar-config.ts to add the benchmark's sections to the sidebar`,
		);
	}
	const match = matches[0] as RegExpExecArray;
	const { close, lastCode } = scanList(configText, match.index + match[0].length - 1);
	// The comma goes right after the last item, where a trailing comment cannot swallow it.
	const comma = /[[,]/.test(configText[lastCode] ?? '') ? '' : ',';
	const [, items = '', beforeClose = ''] = /^([\s\S]*?)(\s*)$/.exec(`${configText.slice(0, lastCode + 1)}${comma}${configText.slice(lastCode + 1, close)}`) ?? [];
	const indent = /\n([ \t]*)[^\n]*$/.exec(items)?.[1] ?? '\t';
	const groups = sections.map((section) => `\n${indent}${sidebarGroupSource(section)}`).join('');
	return `${items}${groups}${beforeClose}${configText.slice(close)}`;
}

/**
 * Where the list opened at `open` closes, and the last character of code before that (not whitespace, not a
 * comment), skipping brackets inside strings and comments.
 */
function scanList(text: string, open: number): { close: number; lastCode: number } {
	let depth = 0;
	let lastCode = open;
	for (let index = open; index < text.length; index++) {
		const char = text[index] as string;
		if (text.startsWith('//', index)) {
			index = text.indexOf('\n', index);
			if (index === -1) break;
			continue;
		}
		if (text.startsWith('/*', index)) {
			index = text.indexOf('*/', index) + 1;
			if (index === 0) break;
			continue;
		}
		if (char === ']' && depth === 1) return { close: index, lastCode };
		if (char === '"' || char === "'" || char === '`') index = endOfString(text, index);
		else if (char === '[') depth++;
		else if (char === ']') depth--;
		if (!/\s/.test(char)) lastCode = index;
	}
	throw new Error('the sidebar list in astro.config.mjs is not closed');
}

function endOfString(text: string, start: number): number {
	const quote = text[start];
	for (let index = start + 1; index < text.length; index++) {
		if (text[index] === '\\') index++;
		else if (text[index] === quote) return index;
	}
	return text.length;
}
