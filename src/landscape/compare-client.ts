import { listText } from '#src/lifecycle/describe.ts';
import { maxSelected, queryWithSelection, selectionFromQuery } from './compare-selection.ts';
import { verdictOf, verdictText } from './compare-verdict.ts';

/**
 * The compare page's choice. The page holds every OS's cells, hidden; this shows the chosen OSs' cells,
 * marks each row from the value keys of the cells shown, and keeps the choice in the URL. Without JavaScript
 * the form and the grid stay hidden and the page's links lead to the pair pages, the matrix and the OS pages.
 */
export function enhanceCompare(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('[data-compare-form]');
	const grid = root.querySelector<HTMLElement>('[data-compare-grid]');
	const status = root.querySelector<HTMLElement>('[data-compare-status]');
	const permalink = root.querySelector<HTMLElement>('[data-compare-permalink]');
	if (!form || !grid || !status || !permalink) return;
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="os"]')];
	const onlyDifferences = form.querySelector<HTMLInputElement>('input[name="differences"]');
	const ids = boxes.map((box) => box.value);
	const nameOf = (id: string) => boxes.find((box) => box.value === id)?.dataset['name'] ?? id;
	const cells = [...grid.querySelectorAll<HTMLElement>('[data-os]')];
	const rows = [...grid.querySelectorAll<HTMLElement>('[data-compared]')];
	const pairLinks = [...root.querySelectorAll<HTMLAnchorElement>('a[data-pair]')];
	let chosen = selectionFromQuery(location.search, ids);

	const render = () => {
		const shown = ids.filter((id) => chosen.includes(id));
		for (const box of boxes) {
			box.checked = shown.includes(box.value);
			box.disabled = !box.checked && shown.length >= maxSelected;
		}
		for (const cell of cells) cell.hidden = !shown.includes(cell.dataset['os'] ?? '');
		grid.hidden = shown.length === 0;
		grid.dataset['columns'] = String(shown.length);
		let differing = 0;
		for (const row of rows) {
			const keys = [...row.querySelectorAll<HTMLElement>('dd[data-key]')]
				.filter((cell) => !cell.hidden)
				.map((cell) => cell.dataset['key'] ?? '');
			const verdict = verdictOf(keys);
			if (verdict === 'different') differing++;
			row.dataset['verdict'] = verdict ?? '';
			const label = row.querySelector('[data-verdict-text]');
			if (label)
				label.textContent =
					verdict === 'different' || verdict === 'unknown' ? verdictText[verdict] : '';
		}
		const names = listText(shown.map(nameOf));
		status.textContent =
			shown.length === 0
				? `Choose 2 to ${maxSelected} operating systems.`
				: shown.length === 1
					? `Showing ${names}; choose at least one more to compare.`
					: `Comparing ${names}: ${differing} ${differing === 1 ? 'field differs' : 'fields differ'}.${shown.length === maxSelected ? ` Clear one to choose another; ${maxSelected} is the most.` : ''}`;
		const pair = pairLinks.find((link) => link.dataset['pair'] === [...shown].sort().join(','));
		const link = permalink.querySelector('a');
		permalink.hidden = !pair || !link;
		if (pair && link) {
			link.setAttribute('href', pair.getAttribute('href') ?? '');
			link.textContent = pair.textContent;
		}
	};

	form.addEventListener('change', (event) => {
		if (onlyDifferences && event.target === onlyDifferences) {
			grid.toggleAttribute('data-only-differences', onlyDifferences.checked);
			return;
		}
		chosen = boxes.filter((box) => box.checked).map((box) => box.value);
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${queryWithSelection(location.search, chosen)}${location.hash}`
		);
		render();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	for (const element of root.querySelectorAll<HTMLElement>('[data-compare-without-script]'))
		element.hidden = true;
	form.hidden = false;
	render();
}
