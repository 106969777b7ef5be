/**
 * The running header and footer Chromium draws in the margins of every PDF page. They are rendered apart from
 * the page, without its stylesheet, so they carry their own inline styles; Chromium fills in the elements
 * with the classes pageNumber and totalPages.
 */
export interface PrintedPaper {
	title: string;
	version: string;
	shortLink: string;
}

const marginStyle =
	'box-sizing:border-box;width:100%;padding:0 18mm;display:flex;justify-content:space-between;gap:8mm;font:8pt sans-serif;color:#444';

export function headerTemplate(paper: PrintedPaper): string {
	return `<div style="${marginStyle}"><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${escapeHtml(paper.title)}</span><span style="white-space:nowrap">wg-sp-os whitepaper, version ${escapeHtml(paper.version)}</span></div>`;
}

export function footerTemplate(paper: PrintedPaper): string {
	return `<div style="${marginStyle}"><span>${escapeHtml(paper.shortLink)}</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
