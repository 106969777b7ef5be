import { compareValues, readState, rowMatches, writeState, type MatrixState } from './filter.ts';

/**
 * Adds filtering and sorting to the server-rendered landscape table. Without JavaScript the full table is
 * there and the filter form stays hidden; with it, the state lives in the URL so a filtered view can be linked.
 */
export function enhanceLandscapeMatrix(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('[data-landscape-filters]');
	const table = root.querySelector<HTMLTableElement>('[data-landscape-table]');
	const count = root.querySelector<HTMLElement>('[data-landscape-count]');
	const body = table?.tBodies[0];
	if (!form || !table || !count || !body) return;
	const selects = [...form.querySelectorAll('select')];
	const filterNames = selects.map((select) => select.name);
	const rows = [...body.rows];
	const headers = [...table.tHead!.rows[0]!.cells];
	let state = readState(location.search, filterNames);

	const render = () => {
		let shown = 0;
		for (const row of rows) {
			const visible = rowMatches(row.dataset, state.filters);
			row.hidden = !visible;
			if (visible) shown++;
		}
		count.textContent = `Showing ${shown} of ${rows.length} operating systems.`;
		if (state.sort) {
			const column = headers.findIndex((cell) => cell.dataset['sortKey'] === state.sort?.key);
			if (column >= 0) {
				const valueOf = (row: HTMLTableRowElement) => row.cells[column]?.dataset['sortValue'] ?? '';
				const { descending } = state.sort;
				body.append(...[...rows].sort((a, b) => compareValues(valueOf(a), valueOf(b), descending)));
			}
		}
		for (const cell of headers) {
			const sorted = state.sort?.key === cell.dataset['sortKey'];
			if (sorted)
				cell.setAttribute('aria-sort', state.sort?.descending ? 'descending' : 'ascending');
			else cell.removeAttribute('aria-sort');
		}
		for (const select of selects) select.value = state.filters[select.name] ?? '';
	};
	const update = (next: MatrixState) => {
		state = next;
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${writeState(location.search, filterNames, state)}${location.hash}`
		);
		render();
	};

	for (const cell of headers) {
		const key = cell.dataset['sortKey'];
		if (!key) continue;
		const button = root.createElement('button');
		button.type = 'button';
		button.className = 'sort';
		button.textContent = cell.textContent ?? key;
		button.addEventListener('click', () => {
			const descending = state.sort?.key === key ? !state.sort.descending : false;
			update({ ...state, sort: { key, descending } });
		});
		cell.replaceChildren(button);
	}
	form.addEventListener('change', () => {
		update({
			...state,
			filters: Object.fromEntries(
				selects.filter((select) => select.value).map((select) => [select.name, select.value])
			),
		});
	});
	form.addEventListener('reset', () => {
		// The reset has not changed the selects yet when this runs; clear the state directly.
		update({ ...state, filters: {} });
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.hidden = false;
	render();
}
