import { describe, expect, it } from 'vitest';
import { htmlText, markdownText, pageWords, quoteAppears, wordsOf } from '#src/links/page-text.ts';

const html = (body: string) => pageWords(body, 'html');

describe('wordsOf', () => {
	it('keeps letters and digits in lower case and turns everything else into one space', () => {
		expect(wordsOf('  Each LTS stream —\n\thas an 18-month support cycle.  ')).toBe(
			'each lts stream has an 18 month support cycle'
		);
	});

	it('reads compatibility forms (ligatures, full-width digits) as their plain letters', () => {
		expect(wordsOf('ﬁle Ｖ１')).toBe('file v1');
	});

	it('keeps letters of other scripts and accents', () => {
		expect(wordsOf('Café über 東京')).toBe('café über 東京');
	});
});

describe('htmlText', () => {
	it('drops comments, scripts, styles and templates, which readers never see', () => {
		const text = htmlText(
			'<p>shown</p><!-- comment --><script type="module">hidden()</script><style>.x{}</style><template><p>later</p></template>'
		);
		expect(wordsOf(text)).toBe('shown');
	});

	it('decodes numeric and named entities; punctuation entities read as a space', () => {
		expect(htmlText('caf&eacute; &#x4B;8s&#115; it&rsquo;s&nbsp;AT&amp;T &unknown;')).toBe(
			'café K8ss it s AT&T  '
		);
	});

	it('skips attribute values that hold ">" and keeps the text after the tag', () => {
		expect(wordsOf(htmlText('<a title="a > b" href=\'x>y\'>link</a> text'))).toBe('link text');
	});

	it('separates the text of adjacent elements, as a reader sees table cells', () => {
		expect(wordsOf(htmlText('<tr><td>4081.3.0</td><td>Jan 30, 2025</td></tr>'))).toBe(
			'4081 3 0 jan 30 2025'
		);
	});
});

describe('markdownText', () => {
	it('reads a Markdown file as rendered: no link targets, markers or table pipes', () => {
		const text = markdownText(
			'# Title\n\nLicensed under the\n[Apache License 2.0](https://www.apache.org/licenses/)\nand **free**.\n\n| a | b |\n| - | - |\n| one | two |\n'
		);
		expect(wordsOf(text)).toBe('title licensed under the apache license 2 0 and free a b one two');
	});

	it('reads HTML inside Markdown as HTML', () => {
		expect(wordsOf(markdownText('Before <!-- note --> <b>after</b>\n'))).toBe('before after');
	});
});

describe('quoteAppears', () => {
	const page = html(
		'<p><strong>Updates</strong> are written to the <em>inactive</em>\n\tpartition; it&rsquo;s that&nbsp;simple.</p>'
	);

	it('finds a quote across markup, entities, line breaks, case and punctuation', () => {
		expect(
			quoteAppears("updates are written to the inactive partition – it's that simple", page)
		).toBe(true);
	});

	it('does not find a quote whose words or numbers changed', () => {
		expect(quoteAppears('Updates are written to the active partition', page)).toBe(false);
		expect(quoteAppears('supported for 18 months', html('supported for 12 months'))).toBe(false);
	});

	it('matches whole words only: 1.3 is not found in 1.35', () => {
		expect(quoteAppears('Kubernetes 1.3', html('Kubernetes 1.35'))).toBe(false);
		expect(quoteAppears('Kubernetes 1.35', html('Kubernetes 1.35 and later'))).toBe(true);
	});

	it('never finds a quote with no words', () => {
		expect(quoteAppears(' — ', page)).toBe(false);
	});

	it('does not find words that appear only inside a script', () => {
		expect(
			quoteAppears('enforcing by default', html('<script>"enforcing by default"</script>'))
		).toBe(false);
	});

	it('reads plain text as it is', () => {
		expect(quoteAppears('<b>bold</b>', pageWords('use <b>bold</b> here', 'text'))).toBe(true);
	});
});
