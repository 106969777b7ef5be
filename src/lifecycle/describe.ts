import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import type { EarliestEnd, SupportEnd, SupportState } from './support.ts';

/**
 * The words the page uses for dates and states, shared by the server-rendered pages and the in-page
 * calculator so both say exactly the same thing.
 */
export function endText(end: SupportEnd): string {
	if (end.known) return end.date;
	if ('rolling' in end) return 'none while kept updated (rolling channel)';
	return end.notBefore ? `unknown (not before ${end.notBefore})` : 'unknown';
}

/** A date field as the table shows it: `unknown` and `none` spelled out, a missing extended end said so. */
export function dateFieldText(
	value: ReleaseLine['extendedEnd'] | ReleaseLine['standardEnd']
): string {
	if (value === undefined) return 'not stated';
	if (value === 'none') return 'none offered';
	if (value === 'while-current') return 'while current (rolling)';
	return value;
}

export const stateText: Record<SupportState, string> = {
	'not-yet-released': 'not yet released',
	standard: 'in standard support',
	extended: 'in extended support only',
	ended: 'out of support',
	unknown: 'unknown (no end date confirmed at a source)',
};

/** Names a list of items as "A", "A and B", "A, B and C". */
export function listText(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The earliest end as one headline value and one explaining sentence. An unknown earliest end is reported as
 * unknown, with the earliest known date only as context, never as the answer.
 */
export function earliestText<Item>(
	earliest: EarliestEnd<Item>,
	nameOf: (item: Item) => string
): { value: string; explanation: string } {
	if (earliest.known) {
		return {
			value: earliest.date,
			explanation: `${listText(earliest.endingFirst.map(nameOf))} ${earliest.endingFirst.length > 1 ? 'end' : 'ends'} first.`,
		};
	}
	if (earliest.unknownEnds.length === 0 && !earliest.earliestKnown) {
		return {
			value: 'none',
			explanation:
				'Every component is a rolling channel, supported for as long as it is kept updated.',
		};
	}
	const names = listText(earliest.unknownEnds.map(nameOf));
	const unknown = `${earliest.unknownEnds.length > 1 ? `The end dates of ${names} are` : `The end date of ${names} is`} not published, so the stack may leave support sooner than any known date.`;
	const known = earliest.earliestKnown
		? ` The earliest known end is ${earliest.earliestKnown.date} (${listText(earliest.earliestKnown.endingFirst.map(nameOf))}).`
		: '';
	return { value: 'unknown', explanation: `${unknown}${known}` };
}
