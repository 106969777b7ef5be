import type { EvidencedFact } from './evidenced-facts.ts';
import { forEachConcurrently } from './http.ts';
import { pageWords, quoteAppears, type PageWords } from './page-text.ts';
import { formatOfMediaType, sourceAddress, type SourceAddress } from './source-address.ts';

/** What reading one address gave: its body and media type, or why there is none ("HTTP 404", a network error). */
export type PageResult = { body: string; contentType: string } | { failure: string };

/** Reads one address: from the network in the weekly check, from recorded pages in tests. */
export type ReadPage = (address: string) => Promise<PageResult>;

/** A fact whose quote could not be found at its source, and why. */
export interface MissingEvidence extends EvidencedFact {
	reason: string;
}

export interface SourceCheck {
	/** Facts checked and the distinct pages read for them. */
	facts: number;
	pages: number;
	missing: MissingEvidence[];
}

/**
 * Reads every page the facts cite, each address once, and lists the facts whose quote is not on their page,
 * in file and line order. A page that cannot be read counts against every fact that cites it.
 */
export async function checkSources(
	facts: readonly EvidencedFact[],
	readPage: ReadPage,
	concurrency: number
): Promise<SourceCheck> {
	const sources = new Map(
		facts.map((fact) => {
			const source = sourceAddress(fact.url);
			return [source.address, source];
		})
	);
	const pages = new Map<string, PageWords | { failure: string }>();
	await forEachConcurrently([...sources.values()], concurrency, async (source) => {
		pages.set(source.address, await wordsAt(source, readPage));
	});
	const missing = facts.flatMap((fact) => {
		const page = pages.get(sourceAddress(fact.url).address) ?? { failure: 'not read' };
		if ('failure' in page) return [{ ...fact, reason: page.failure }];
		return quoteAppears(fact.evidence, page) ? [] : [{ ...fact, reason: 'not found on the page' }];
	});
	return { facts: facts.length, pages: sources.size, missing };
}

async function wordsAt(
	source: SourceAddress,
	readPage: ReadPage
): Promise<PageWords | { failure: string }> {
	const page = await readPage(source.address);
	if ('failure' in page) return page;
	const format = source.format ?? formatOfMediaType(page.contentType);
	return format
		? pageWords(page.body, format)
		: { failure: `not a text page (${page.contentType})` };
}
