import { describe, expect, it } from 'vitest';
import { footerTemplate, headerTemplate } from '#src/whitepapers/print-templates.ts';

const paper = {
	title: 'Containers <and> "kernels" & more',
	version: '1.2.0',
	shortLink: 'https://example.org/wp/k/',
};

describe('PDF header and footer', () => {
	it('puts the escaped title and the version in the running header', () => {
		const header = headerTemplate(paper);
		expect(header).toContain('Containers &#60;and&#62; &#34;kernels&#34; &#38; more');
		expect(header).toContain('version 1.2.0');
		expect(header).not.toContain('<and>');
	});

	it("puts the short link and Chromium's page number fields in the footer", () => {
		const footer = footerTemplate(paper);
		expect(footer).toContain('https://example.org/wp/k/');
		expect(footer).toContain(
			'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'
		);
	});
});
