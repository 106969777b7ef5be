import { enhanceSearch } from './search-view.ts';
import { searchStateTo } from './state.ts';

/** Keys that open search from anywhere on the page, unless the reader is typing into a field. */
function isTypingTarget(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function isApple(): boolean {
	return /Mac|iPhone|iPad|iPod/i.test(navigator.platform);
}

/**
 * The header's search: a button that opens a modal dialog with the faceted search form, also opened by Ctrl+K
 * (⌘K on Apple devices) and by `/`. Clicking a result or outside the dialog closes it, as in Starlight's dialog.
 * On the search page itself, `/` moves to that page's search box instead.
 */
class SiteSearchDialog extends HTMLElement {
	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('[data-search-open]')!;
		const fallbackLink = this.querySelector<HTMLAnchorElement>('[data-search-fallback]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector<HTMLElement>('[data-search-frame]')!;
		const pageLink = this.querySelector<HTMLAnchorElement>('[data-search-page-link]')!;
		const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
		const searchPage = this.dataset['pageUrl'] ?? '/search/';

		enhanceSearch(frame, (state) => {
			pageLink.href = `${searchPage}${searchStateTo('', state)}`;
		});

		const open = () => {
			if (dialog.open) return;
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			input.focus();
			input.select();
		};
		const close = () => dialog.close();

		dialog.addEventListener('close', () => document.body.toggleAttribute('data-search-modal-open', false));
		dialog.addEventListener('click', (event) => {
			const target = event.target as Element;
			if (target.closest('a[href]') || !frame.contains(target)) close();
		});
		this.querySelector('[data-search-close]')!.addEventListener('click', close);
		openButton.addEventListener('click', open);

		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				if (dialog.open) close();
				else open();
			} else if (event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTypingTarget(event.target)) {
				event.preventDefault();
				const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
				if (pageInput) pageInput.focus();
				else open();
			}
		});

		if (isApple()) {
			this.querySelector('[data-search-shortcut] kbd')!.textContent = '⌘';
		}
		fallbackLink.hidden = true;
		openButton.hidden = false;
	}
}

export function defineSearchDialog(): void {
	if (!customElements.get('site-search-dialog')) customElements.define('site-search-dialog', SiteSearchDialog);
}
