import { enhanceSearch } from './search-view.ts';
import { searchStateFrom, searchStateTo } from './state.ts';

/**
 * The search page: the query and facet choices live in the URL (?q=…&type=…&area=…&status=…), so a narrowed
 * search can be linked, bookmarked and restored with the back button.
 */
export function enhanceSearchPage(root: Document): void {
	const container = root.querySelector<HTMLElement>('[data-search-page]');
	if (!container) return;
	const showState = enhanceSearch(container, (state) => {
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${searchStateTo(location.search, state)}${location.hash}`
		);
	});
	root.querySelector<HTMLElement>('[data-search-needs-script]')!.hidden = true;
	container.hidden = false;
	showState(searchStateFrom(location.search));
	container.querySelector<HTMLInputElement>('input[name="q"]')!.focus();
}
