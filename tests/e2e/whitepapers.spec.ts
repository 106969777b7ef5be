import { globSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { axeTags } from './axe.ts';
import { expect, test } from './fixtures.ts';

/** Every paper version the content holds, read from the files themselves rather than from the site. */
const versions = globSync('content/whitepapers/{*/index.mdx,*/versions/*.mdx}').map((file) => {
	const frontmatter = parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '', {
		schema: 'core',
	});
	return {
		slug: file.split('/')[2] as string,
		frozen: file.includes('/versions/'),
		title: frontmatter.title as string,
		version: frontmatter.version as string,
		shortName: frontmatter.shortName as string,
	};
});
const lts = versions.find((paper) => paper.slug === 'lts' && !paper.frozen);
if (!lts) throw new Error('content/whitepapers/lts/index.mdx is missing');

test('the short link lands on the paper, the versioned short link on that version', async ({
	page,
}) => {
	await page.goto(`/wp/${lts.shortName}/`);
	await expect(page).toHaveURL(`/whitepapers/${lts.slug}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lts.title);
	// Let the landed page finish loading its scripts before leaving it, or their requests count as failed.
	await page.waitForLoadState('networkidle');
	await page.goto(`/wp/${lts.shortName}/${lts.version}/`);
	await expect(page).toHaveURL(`/whitepapers/${lts.slug}/${lts.version}/`);
	await expect(page.locator('.paper-facts')).toContainText(`${lts.version} (latest)`);
	await page.waitForLoadState('networkidle');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the short link still redirects, and the citations are plain text with no copy buttons', async ({
		page,
	}) => {
		await page.goto(`/wp/${lts.shortName}/`);
		await expect(page).toHaveURL(`/whitepapers/${lts.slug}/`);
		await expect(page.locator('#cite-bibtex')).toContainText('@techreport{');
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
	});
});

test('a paper page shows its status, numbered sections, references and says it has no reviewers yet', async ({
	page,
}) => {
	await page.goto(`/whitepapers/${lts.slug}/`);
	await expect(page.locator('.paper-status')).toContainText('Draft');
	await expect(page.locator('.paper-status')).toContainText(
		'not yet reviewed by the working group'
	);
	// Section numbers come from a CSS counter on the body's headings (the PDF test reads the numbers printed).
	const counterOf = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((heading) => getComputedStyle(heading, '::before').content);
	expect(await counterOf('.paper-body h2')).toBe('counter(section) ". "');
	expect(await counterOf('#footnote-label')).toBe('none');
	await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
	const marker = page.locator('a[data-footnote-ref]').first();
	await marker.click();
	await expect(page).toHaveURL(/#user-content-fn-/);
	await expect(page.locator('#reviewers + p')).toContainText('No reviewers yet');
});

test('the citation block copies BibTeX that citation-js parses back to this paper and version', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(
		['clipboard-read', 'clipboard-write'],
		baseURL ? { origin: baseURL } : {}
	);
	await page.goto(`/whitepapers/${lts.slug}/`);
	await page.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
		'BibTeX copied to the clipboard.'
	);
	const bibtex = await page.evaluate(() => navigator.clipboard.readText());
	const [entry] = new Cite(bibtex).data;
	if (!entry) throw new Error('citation-js read no entry from the copied BibTeX');
	expect(entry.title).toBe(lts.title);
	expect(entry.URL).toMatch(
		new RegExp(`/whitepapers/${lts.slug}/${lts.version.replace(/\./g, '\\.')}/$`)
	);
});

test('the QR code decodes to the short link the page shows', async ({ page }) => {
	await page.goto(`/whitepapers/${lts.slug}/`);
	const shortLink = await page.locator('[data-short-link]').getAttribute('href');
	expect(shortLink).toMatch(new RegExp(`^https?://.+/wp/${lts.shortName}/$`));
	const image = page.locator('img[data-qr-code]');
	await expect(image).toBeVisible();
	const png = PNG.sync.read(await image.screenshot());
	const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	expect(decoded?.data).toBe(shortLink);
});

test('a paper page has no accessibility violations', async ({ page }) => {
	test.setTimeout(120_000); // a long paper: axe checks every one of its hundreds of links
	await page.goto(`/whitepapers/${lts.slug}/`);
	const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
	expect(
		results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
		)
	).toEqual([]);
});

test('the whitepapers index lists every paper with its status and version', async ({ page }) => {
	await page.goto('/whitepapers/');
	for (const paper of versions.filter((candidate) => !candidate.frozen)) {
		const entry = page.locator('section.paper', {
			has: page.getByRole('link', { name: paper.title }),
		});
		await expect(entry).toContainText(`Version ${paper.version},`);
		await expect(entry.locator('.paper-status')).toBeVisible();
	}
	await expect(page.locator('nav[aria-label="Main"]')).toContainText('Whitepapers');
});

for (const paper of versions) {
	test(`the PDF of ${paper.slug} ${paper.version} has a cover with title and version, several pages and web links`, async ({
		page,
		request,
	}) => {
		const response = await request.get(
			`/whitepapers/${paper.slug}/wg-sp-os-${paper.shortName}-v${paper.version}.pdf`
		);
		expect(response.status()).toBe(200);
		const pdf = await getDocument({ data: new Uint8Array(await response.body()) }).promise;
		expect(pdf.numPages).toBeGreaterThan(1);
		const cover = (await (await pdf.getPage(1)).getTextContent()).items
			.map((item) => ('str' in item ? item.str : ''))
			.join(' ')
			.replace(/\s+/g, ' ');
		expect(cover).toContain(paper.title.replace(/\s+/g, ' ').slice(0, 40));
		expect(cover).toContain(`Version ${paper.version}`);
		const urls: string[] = [];
		let text = '';
		for (let number = 1; number <= pdf.numPages; number++) {
			const pdfPage = await pdf.getPage(number);
			text += (await pdfPage.getTextContent()).items
				.map((item) => ('str' in item ? item.str : ''))
				.join('');
			for (const annotation of await pdfPage.getAnnotations()) {
				if (annotation.subtype === 'Link' && annotation.url) urls.push(annotation.url);
			}
		}
		expect(text, 'numbered sections, the references and the page numbers are printed').toMatch(
			/1\. Executive summary[\s\S]*References[\s\S]*\[1\]/
		);
		expect(text).toContain(`Page ${pdf.numPages} of ${pdf.numPages}`);
		// Each chart of the version's page is printed: its caption and the words drawn in it (code blocks are
		// figures too, without a chart).
		await page.goto(`/whitepapers/${paper.slug}/${paper.version}/`);
		const figures = await page.locator('.paper-body figure:has(svg text)').evaluateAll((elements) =>
			elements.map((figure) => ({
				caption: figure.querySelector('figcaption')?.textContent ?? '',
				drawn: [...figure.querySelectorAll('svg text')].map((label) => label.textContent ?? ''),
			}))
		);
		const printed = text.replace(/\s+/g, '');
		for (const figure of figures) {
			const caption = figure.caption.replace(/\s+/g, '').slice(0, 40);
			expect(printed, `the figure "${figure.caption.slice(0, 60)}" is printed`).toContain(caption);
			const drawn = figure.drawn.map((label) => label.replace(/\s+/g, '')).filter(Boolean);
			expect(drawn.filter((label) => printed.includes(label)).length).toBeGreaterThan(
				drawn.length / 2
			);
		}
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((url) => !/^https?:\/\//.test(url))).toEqual([]);
		expect(
			urls.filter((url) => url.includes('127.0.0.1')),
			'links name the public site, not the printer'
		).toEqual([]);
	});
}
