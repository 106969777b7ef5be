/**
 * The llms.txt format (https://llmstxt.org/): a Markdown file with the site's name as H1, a one-paragraph summary
 * as a blockquote, optional notes, then H2 sections of links `- [title](url): description`. A section named
 * "Optional" holds links a reader with little context to spare may skip.
 */
export interface LlmsLink {
	title: string;
	url: string;
	description?: string | undefined;
}

export interface LlmsTxt {
	title: string;
	summary: string;
	notes?: string | undefined;
	sections: { title: string; links: LlmsLink[] }[];
}

export function formatLlmsTxt({ title, summary, notes, sections }: LlmsTxt): string {
	const parts = [`# ${oneLine(title)}`, `> ${oneLine(summary)}`];
	if (notes) parts.push(notes.trim());
	for (const section of sections.filter((candidate) => candidate.links.length > 0)) {
		parts.push(`## ${oneLine(section.title)}`, section.links.map(formatLink).join('\n'));
	}
	return `${parts.join('\n\n')}\n`;
}

function formatLink({ title, url, description }: LlmsLink): string {
	const link = `- [${oneLine(title).replace(/[[\]]/g, '\\$&')}](${url})`;
	return description ? `${link}: ${oneLine(description)}` : link;
}

/** The full-text variant: every document as its own H1 section with its URL, separated by rules. */
export function formatLlmsFullTxt(
	documents: { title: string; url: string; description?: string | undefined; body: string }[]
): string {
	return `${documents
		.map(({ title, url, description, body }) =>
			[
				`# ${oneLine(title)}`,
				`Source: ${url}`,
				...(description ? [`> ${oneLine(description)}`] : []),
				withoutMdxModuleLines(body).trim(),
			].join('\n\n')
		)
		.join('\n\n---\n\n')}\n`;
}

/** The MDX import and export lines at the top of a body are build plumbing, not text. */
function withoutMdxModuleLines(body: string): string {
	return body.replace(/^(?:\s*(?:import|export)\s[^\n]*(?:\n|$))+/, '');
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
