/**
 * The header's search: a button that opens a modal dialog with the faceted search form, also opened by Ctrl+K
 * (⌘K on Apple devices) and by `/`. Clicking a result or outside the dialog closes it, as in Starlight's dialog.
 * On the search page itself, `/` moves to that page's search box instead.
 *
 * This module runs on every page, so it holds only what opening the dialog needs; the code that searches
 * (and Pagefind after it) is downloaded when a reader first opens the dialog.
 */

/** Keys that open search from anywhere on the page, unless the reader is typing into a field. */
function isTypingTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

function isApple(): boolean {
	return /Mac|iPhone|iPad|iPod/i.test(navigator.platform);
}

class SiteSearchDialog extends HTMLElement {
	#searchLoaded: Promise<void> | undefined;

	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('[data-search-open]')!;
		const fallbackLink = this.querySelector<HTMLAnchorElement>('[data-search-fallback]')!;
		const dialog = this.querySelector('dialog')!;
		const frame = this.querySelector<HTMLElement>('[data-search-frame]')!;
		const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;

		const open = () => {
			if (dialog.open) return;
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			input.focus();
			input.select();
			void this.#loadSearch(frame);
		};
		const close = () => dialog.close();

		dialog.addEventListener('close', () =>
			document.body.toggleAttribute('data-search-modal-open', false)
		);
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
			} else if (
				event.key === '/' &&
				!event.metaKey &&
				!event.ctrlKey &&
				!event.altKey &&
				!isTypingTarget(event.target)
			) {
				event.preventDefault();
				const pageInput = document.querySelector<HTMLInputElement>(
					'[data-search-page] input[name="q"]'
				);
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

	/**
	 * Downloads and starts the search form's code once, however often the dialog opens. Should the download fail
	 * (the reader went offline), the form still submits to the search page, and the next opening tries again.
	 */
	#loadSearch(frame: HTMLElement): Promise<void> {
		this.#searchLoaded ??= import('./dialog-search.ts').then(
			({ enhanceDialogSearch }) =>
				enhanceDialogSearch(frame, this.dataset['pageUrl'] ?? '/search/'),
			(error: unknown) => {
				this.#searchLoaded = undefined;
				throw error;
			}
		);
		return this.#searchLoaded;
	}
}

export function defineSearchDialog(): void {
	if (!customElements.get('site-search-dialog'))
		customElements.define('site-search-dialog', SiteSearchDialog);
}
