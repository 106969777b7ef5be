import { knownFacetChoices, type FacetName } from './facets.ts';
import { resultsPerBatch } from './options.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { resultDetails, resultsMessage } from './results.ts';
import { searchPages } from './ranked-search.ts';
import type { SearchState } from './state.ts';

/**
 * Runs searches for one search form (in the dialog or on the search page) and renders the results below it.
 * `onChange` hears every new state, so the page can keep it in its URL and the dialog in its link to that page.
 */
export function enhanceSearch(
	root: HTMLElement,
	onChange: (state: SearchState) => void
): (state: SearchState) => void {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	const optionLabels = new Map(
		selects.flatMap((select) => [...select.options].map((option) => [option, option.text] as const))
	);
	let latest = 0;
	let pending: PagefindResult[] = [];

	const current = (): SearchState => ({
		query: input.value,
		choices: knownFacetChoices(
			Object.fromEntries(selects.map((select) => [select.name, select.value]))
		),
	});

	const showBatch = async (search: number) => {
		const batch = pending.splice(0, resultsPerBatch);
		const items = await Promise.all(batch.map(async (result) => renderResult(await result.data())));
		if (search !== latest) return;
		list.append(...items);
		more.hidden = pending.length === 0;
	};

	const run = async () => {
		const search = ++latest;
		const state = current();
		onChange(state);
		const query = state.query.trim();
		const filtered = Object.keys(state.choices).length > 0;
		if (!query && !filtered) {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			return;
		}
		const pagefind = await loadPagefind();
		const response = await searchPages(pagefind, query, state.choices);
		if (!response || search !== latest) return;
		for (const select of selects) {
			for (const option of select.options) {
				const count = response.filters[select.name]?.[option.value];
				option.text =
					option.value && count !== undefined
						? `${optionLabels.get(option)} (${count})`
						: (optionLabels.get(option) ?? '');
			}
		}
		pending = [...response.results];
		list.replaceChildren();
		await showBatch(search);
		if (search === latest)
			status.textContent = resultsMessage(query, state.choices, response.results.length);
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 250);
	});
	for (const select of selects) select.addEventListener('change', run);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	more.addEventListener('click', () => void showBatch(latest));

	return (state: SearchState) => {
		input.value = state.query;
		for (const select of selects) select.value = state.choices[select.name as FacetName] ?? '';
		void run();
	};
}

function renderResult(data: {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'search-result';
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta['title'] ?? data.url;
	const details = document.createElement('p');
	details.className = 'search-result-details';
	details.textContent = resultDetails(data.meta);
	const excerpt = document.createElement('p');
	// Pagefind escapes the page text and adds only <mark> around matched words.
	excerpt.innerHTML = data.excerpt;
	item.append(link, details, excerpt);
	return item;
}
