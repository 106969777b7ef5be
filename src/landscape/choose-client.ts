import {
	choose,
	readSelection,
	writeSelection,
	type ChooserData,
	type Row,
	type Selection,
	type SystemResult,
} from './choose.ts';

/**
 * Computes the chooser's results in the browser from the verdicts the page carries, and keeps the reader's
 * requirements in the URL so a result can be linked. Without JavaScript the form still submits (as a GET to the
 * same page) and the per-requirement lists below it answer the question by hand.
 */
export function enhanceChooser(root: Document): void {
	const form = root.querySelector<HTMLFormElement>('form[data-chooser]');
	const output = root.querySelector<HTMLElement>('[data-chooser-results]');
	const list = output?.querySelector<HTMLElement>('[data-chooser-list]');
	const status = output?.querySelector<HTMLElement>('[role="status"]');
	if (!form || !output || !list || !status) return;
	const data = JSON.parse(form.dataset['chooser'] ?? '{}') as ChooserData;
	const inactive = form.querySelector<HTMLInputElement>('input[name="all"]');

	const fieldOf = (id: string) =>
		form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${id}"]`);
	const readForm = (): Selection => ({
		chosen: Object.fromEntries(
			data.requirements.flatMap(({ id }) => {
				const field = fieldOf(id);
				if (field instanceof HTMLInputElement) return field.checked ? [[id, 'yes']] : [];
				return field?.value ? [[id, field.value]] : [];
			})
		),
		includeInactive: inactive?.checked ?? false,
	});
	const fillForm = (selection: Selection) => {
		for (const { id } of data.requirements) {
			const field = fieldOf(id);
			if (field instanceof HTMLInputElement) field.checked = selection.chosen[id] === 'yes';
			else if (field) field.value = selection.chosen[id] ?? '';
		}
		if (inactive) inactive.checked = selection.includeInactive;
	};
	const update = (selection: Selection) => {
		const query = writeSelection(location.search, data, selection);
		history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		render(root, data, selection, list, status);
	};

	form.addEventListener('change', () => update(readForm()));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update(readForm());
		output.querySelector('h2')?.focus();
	});
	form.addEventListener('reset', (event) => {
		event.preventDefault();
		const none = { chosen: {}, includeInactive: false };
		fillForm(none);
		update(none);
	});
	const initial = readSelection(location.search, data);
	fillForm(initial);
	for (const hint of root.querySelectorAll<HTMLElement>('[data-chooser-hint]')) hint.hidden = true;
	output.hidden = false;
	render(root, data, initial, list, status);
}

function render(
	root: Document,
	data: ChooserData,
	selection: Selection,
	list: HTMLElement,
	status: HTMLElement
): void {
	const results = choose(data, selection);
	const stated = Object.keys(selection.chosen).length;
	const total = results.meet.length + results.toAsk.length + results.fail.length;
	status.textContent =
		stated === 0
			? `No requirement stated: all ${total} operating systems, ranked.`
			: `Of ${total} operating systems, ${results.meet.length} meet all ${stated} requirements, ${results.toAsk.length} may (with unknowns to ask about), ${results.fail.length} do not.`;
	const element = make(root);
	const section = (title: string, items: SystemResult[], ordered: boolean, empty: string) => [
		element('h3', {}, `${title} (${items.length})`),
		items.length === 0
			? element('p', {}, empty)
			: element(
					ordered ? 'ol' : 'ul',
					{ class: 'chooser-systems' },
					...items.map((item) => systemItem(element, item))
				),
	];
	const failed = element(
		'details',
		{},
		element('summary', {}, `Do not meet every requirement (${results.fail.length})`),
		...(results.fail.length === 0
			? [element('p', {}, 'None.')]
			: [
					element(
						'ul',
						{ class: 'chooser-systems' },
						...results.fail.map((item) => systemItem(element, item))
					),
				])
	);
	list.replaceChildren(
		...section(
			'Meet every requirement, ranked',
			results.meet,
			true,
			'None meets every requirement.'
		),
		...section(
			'May meet them: unknowns to ask about',
			results.toAsk,
			false,
			'No operating system has an unknown among these requirements.'
		),
		failed
	);
}

type Make = ReturnType<typeof make>;

/** A small element factory: text children become text nodes, so no data is parsed as HTML. */
function make(root: Document) {
	return (tag: string, attributes: Record<string, string>, ...children: (Node | string)[]) => {
		const node = root.createElement(tag);
		for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
		node.append(...children);
		return node;
	};
}

function systemItem(element: Make, item: SystemResult): HTMLElement {
	const rows = [...item.met, ...item.notMet, ...item.unknown];
	const verdicts = { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' } as const;
	const row = ({ capability, finding }: Row) =>
		element(
			'li',
			{ 'data-verdict': finding.verdict },
			element('strong', {}, `${verdicts[finding.verdict]}:`),
			` ${capability.label}. `,
			finding.source ? element('a', { href: finding.source }, finding.value) : finding.value,
			' (',
			element('a', { href: finding.evidence }, 'on the OS page'),
			')',
			...(finding.verdict === 'unknown'
				? [
						element('br', {}),
						'Ask the project: ',
						item.system.ask
							? element('a', { href: item.system.ask }, capability.question)
							: capability.question,
					]
				: [])
		);
	return element(
		'li',
		{ 'data-os': item.system.id },
		element('a', { href: item.system.page, class: 'chooser-os' }, item.system.name),
		` also has ${item.alsoMeets} of the capabilities you did not ask for${item.system.supportMonths ? `; support stated: ${item.system.supportMonths} months` : ''}.`,
		...(rows.length > 0 ? [element('ul', { class: 'chooser-findings' }, ...rows.map(row))] : [])
	);
}
