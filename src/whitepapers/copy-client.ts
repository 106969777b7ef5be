/**
 * Shows the copy buttons of the citation block and makes them work. Without JavaScript (or without a
 * clipboard) the buttons stay hidden and the citations remain plain text to select.
 */
export function enhanceCopyButtons(root: Document): void {
	const status = root.querySelector<HTMLElement>('[data-copy-status]');
	if (!navigator.clipboard || !status) return;
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		const source = root.getElementById(button.dataset['copy'] ?? '');
		if (!source) continue;
		const label = button.textContent?.trim().replace(/^Copy /, '') ?? '';
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(source.textContent ?? '');
				status.textContent = `${label} copied to the clipboard.`;
			} catch {
				status.textContent = `Could not copy ${label}: select the text and copy it instead.`;
			}
		});
		button.hidden = false;
	}
}
