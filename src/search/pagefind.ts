/**
 * The part of Pagefind's browser API (pagefind.js, written by the build) this site uses, and the one place it is
 * loaded from, so the search dialog, the search page and the tests search with the same settings.
 */
import { searchOptions } from './options.ts';
import { pathWithBase } from '#src/base-path.ts';

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

/** Counts of pages per value, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
	results: PagefindResult[];
	filters: FilterCounts;
}

export interface Pagefind {
	options(options: object): Promise<void>;
	/** `null` as the term lists every page that matches the filters. */
	search(
		term: string | null,
		options?: { filters?: Record<string, string> }
	): Promise<PagefindResponse | null>;
	preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

let loaded: Promise<Pagefind> | undefined;

/** Loads the index's script once, on first use, so a reader who never searches downloads none of it. */
export function loadPagefind(): Promise<Pagefind> {
	loaded ??= (async () => {
		const pagefind = (await import(
			/* @vite-ignore */ pathWithBase('/pagefind/pagefind.js')
		)) as Pagefind;
		// Result URLs are built from the base path, as on a GitHub Pages project site.
		await pagefind.options({ ...searchOptions, baseUrl: import.meta.env.BASE_URL });
		return pagefind;
	})();
	return loaded;
}
