import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { versionPagePattern } from '#src/whitepapers/paths.ts';
import {
	footerTemplate,
	headerTemplate,
	type PrintedPaper,
} from '#src/whitepapers/print-templates.ts';
import { serveDirectory } from './serve-directory.ts';
import { pathWithBase } from '#src/base-path.ts';

/**
 * Prints every whitepaper version to PDF after each build, with Chromium's print engine, from the built page
 * itself: the PDF cannot differ from what readers see. The built site is served on a loopback port; each page
 * /whitepapers/<slug>/<version>/ says in its data-print-* attributes where its PDF goes and what the running
 * header shows. Without a browser the build fails, because the site links to these PDFs.
 */
export function whitepaperPdfs(): AstroIntegration {
	let site = '';
	let base = '/';
	return {
		name: 'wg-sp-os:whitepaper-pdfs',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				base = config.base;
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const paths = pages
					.map((page) => `/${page.pathname.replace(/^\/+/, '')}`)
					.filter((path) => versionPagePattern.test(path));
				// A site without whitepapers needs no browser.
				if (paths.length === 0) return;
				// Loaded only to print: Playwright is large, and the rest of the build has no use for it in memory.
				const [{ chromium }, { findBrowser, launchOptionsFor }] = await Promise.all([
					import('@playwright/test'),
					import('./browser.ts'),
				]);
				const found = findBrowser();
				if (!found) {
					throw new Error(
						'No Chromium to print the whitepaper PDFs with: run `npx playwright install chromium`, or install Chromium and set CHROMIUM_PATH to its executable.'
					);
				}
				const started = performance.now();
				const root = fileURLToPath(dir);
				const server = await serveDirectory(root, base);
				const browser = await chromium.launch(launchOptionsFor(found));
				try {
					for (const path of paths) {
						const printed = await printPaper(
							browser,
							`${server.origin}${pathWithBase(path, base)}`,
							root,
							base,
							site
						);
						logger.info(
							`${printed.file} (${printed.pages}, ${Math.round(printed.bytes / 1024)} KiB)`
						);
					}
				} finally {
					await browser.close();
					await server.close();
				}
				logger.info(
					`Printed ${paths.length} whitepaper PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s.`
				);
			},
		},
	};
}

async function printPaper(browser: Browser, url: string, root: string, base: string, site: string) {
	const page = await browser.newPage();
	try {
		const response = await page.goto(url, { waitUntil: 'load' });
		if (!response?.ok())
			throw new Error(`Could not load ${url} to print it: HTTP ${response?.status()}`);
		const data = await page
			.locator('article.whitepaper')
			.evaluate((article: HTMLElement) => ({ ...article.dataset }));
		const paper: PrintedPaper = {
			title: data['printTitle'] ?? '',
			version: data['printVersion'] ?? '',
			shortLink: data['printShortLink'] ?? '',
		};
		const pdfPath = (data['printPdf'] ?? '').slice(pathWithBase('/', base).length - 1);
		if (!pdfPath.endsWith('.pdf'))
			throw new Error(`${url} does not say where its PDF goes (data-print-pdf)`);
		await linkToPublicSite(page, site);
		await openFigureEquivalents(page);
		const file = join(root, pdfPath);
		mkdirSync(dirname(file), { recursive: true });
		const pdf = await page.pdf({
			path: file,
			format: 'A4',
			printBackground: true,
			displayHeaderFooter: true,
			headerTemplate: headerTemplate(paper),
			footerTemplate: footerTemplate(paper),
			margin: { top: '20mm', bottom: '18mm', left: '18mm', right: '18mm' },
			outline: true,
			tagged: true,
		});
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
		return { file: pdfPath, bytes: pdf.length, pages: `${pages} pages` };
	} finally {
		await page.close();
	}
}

/**
 * A PDF is read away from the site, so its links must name the public site, not the loopback address the
 * printer loaded the page from. Links within the page (#references) stay internal to the PDF.
 */
async function linkToPublicSite(page: Page, site: string): Promise<void> {
	await page.evaluate((publicOrigin) => {
		// Attributes, not the href property: links inside SVG (the support timeline) have no string href.
		for (const link of document.querySelectorAll('a[href]')) {
			const href = link.getAttribute('href') ?? '';
			if (href.startsWith('#')) continue;
			const url = new URL(href, location.href);
			if (url.origin === location.origin)
				link.setAttribute(
					'href',
					new URL(`${url.pathname}${url.search}${url.hash}`, publicOrigin).href
				);
		}
	}, new URL(site).origin);
}

/**
 * Paper on paper cannot be clicked open: each figure's table or text equivalent (src/components/whitepaper/
 * PaperFigure.astro), a closed disclosure on screen, is printed open below its chart.
 */
async function openFigureEquivalents(page: Page): Promise<void> {
	await page.evaluate(() => {
		for (const details of document.querySelectorAll<HTMLDetailsElement>('.paper-figure details'))
			details.open = true;
	});
}
