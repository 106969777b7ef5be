import { enhanceSearch } from './search-view.ts';
import { searchStateTo } from './state.ts';

/**
 * Makes the search dialog's form search, once the dialog has downloaded this module on its first opening. The
 * dialog's link to the search page follows the form, so a reader can carry a narrowed search over to that page.
 */
export function enhanceDialogSearch(frame: HTMLElement, searchPage: string): void {
	const pageLink = frame.querySelector<HTMLAnchorElement>('[data-search-page-link]')!;
	enhanceSearch(frame, (state) => {
		pageLink.href = `${searchPage}${searchStateTo('', state)}`;
	});
	// A reader may have typed or chosen a facet while this module was on its way: search for that now.
	frame.querySelector<HTMLFormElement>('[data-search-form]')!.requestSubmit();
}
