import type { TextFormat } from './page-text.ts';

/** Where a source's text is read from, and how it is written when the address alone says so. */
export interface SourceAddress {
	/** The address requested: one per page, however many facts cite it or its parts. */
	address: string;
	format?: TextFormat;
}

const githubBlob = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/;

/**
 * The address to read a cited page from. The fragment names a place on the page, not another page, so it is
 * dropped: a release list cited at ten anchors is read once. A file on GitHub (`/blob/`) is read raw from
 * raw.githubusercontent.com, because GitHub's file view draws the file with scripts from JSON the page embeds,
 * so its HTML does not hold the text as a reader sees it; the raw file does, and a Markdown file is then read
 * as Markdown (link targets and markers are not words of the rendered page).
 */
export function sourceAddress(url: string): SourceAddress {
	const parsed = new URL(url);
	parsed.hash = '';
	const blob = githubBlob.exec(`${parsed.origin}${parsed.pathname}`);
	if (!blob) return { address: parsed.href };
	const [, owner, repository, refAndPath] = blob;
	const address = `https://raw.githubusercontent.com/${owner}/${repository}/${refAndPath}`;
	return /\.(md|mdx|markdown)$/i.test(address)
		? { address, format: 'markdown' }
		: { address, format: 'text' };
}

/**
 * How a body is written, from its media type; undefined when it is not text (a PDF, an image), which the
 * comparison cannot read. XML is read like HTML: its tags are not words either.
 */
export function formatOfMediaType(contentType: string): TextFormat | undefined {
	const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
	if (type === '' || /html|xml/.test(type)) return 'html';
	if (type === 'text/markdown') return 'markdown';
	if (type.startsWith('text/') || /json|yaml/.test(type)) return 'text';
	return undefined;
}
