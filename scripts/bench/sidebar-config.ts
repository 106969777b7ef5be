import type { CorpusSection } from './corpus.ts';

/** A sidebar group that lists one content folder, written the way astro.config.mjs writes its Guidance group. */
export function sidebarGroupSource(section: CorpusSection): string {
	return `{ label: ${JSON.stringify(section.label)}, items: [{ autogenerate: { directory: ${JSON.stringify(section.directory)} } }] },`;
}

/**
 * The project's astro.config.mjs with its `sidebar: [...]` list holding one group per corpus section instead of
 * the site's own groups, which name pages the benchmark's copy no longer has. The config is edited as text so
 * the benchmark builds the real configuration; if the sidebar is no longer a literal list the benchmark says so
 * instead of guessing.
 */
export function replaceSidebar(configText: string, sections: CorpusSection[]): string {
	const opening = /^([ \t]*)sidebar:\s*\[/gm;
	const matches = [...configText.matchAll(opening)];
	if (matches.length !== 1) {
		throw new Error(
			`expected astro.config.mjs to have one \`sidebar: [\` list, found ${matches.length}; update scripts/bench/sidebar-config.ts to give the benchmark's sections the sidebar`
		);
	}
	const match = matches[0] as RegExpExecArray;
	const open = match.index + match[0].length - 1;
	const close = scanList(configText, open);
	const indent = match[1] ?? '';
	const groups = sections.map((section) => `\n${indent}\t${sidebarGroupSource(section)}`).join('');
	return `${configText.slice(0, open + 1)}${groups}\n${indent}${configText.slice(close)}`;
}

/** Where the list opened at `open` closes, skipping brackets inside strings and comments. */
function scanList(text: string, open: number): number {
	let depth = 0;
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
		if (char === ']' && depth === 1) return index;
		if (char === '"' || char === "'" || char === '`') index = endOfString(text, index);
		else if (char === '[') depth++;
		else if (char === ']') depth--;
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
