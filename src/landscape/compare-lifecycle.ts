import { endText, stateText } from '#src/lifecycle/describe.ts';
import type { IsoDate } from '#src/lifecycle/dates.ts';
import {
	standardEndOf,
	supportEndOf,
	supportStateOn,
	type LifecycleProduct,
	type SupportState,
} from '#src/lifecycle/support.ts';

/**
 * An OS's release lines that are current on a day, for the support rows of a comparison: every line that is
 * in standard or extended support, and every line whose state the sources leave unknown (an end nobody
 * published is not an end). Lines that ended or are not yet released are left out.
 */
export interface CurrentLine {
	id: string;
	state: SupportState;
	stateText: string;
	standardEnd: { text: string; source?: string };
	supportEnd: { text: string; source?: string };
}

const current: SupportState[] = ['standard', 'extended', 'unknown'];

export function currentLines(product: LifecycleProduct, today: IsoDate): CurrentLine[] {
	return product.data.lines.flatMap((line): CurrentLine[] => {
		const state = supportStateOn(line, today);
		if (!current.includes(state)) return [];
		const standard = standardEndOf(line);
		const support = supportEndOf(line);
		const extendedSource =
			line.extendedEnd === 'none' ? line.sources.standardEnd : line.sources.extendedEnd;
		const withSource = (text: string, url: string | undefined) =>
			url === undefined ? { text } : { text, source: url };
		return [
			{
				id: line.id,
				state,
				stateText: stateText[state],
				standardEnd: withSource(endText(standard), line.sources.standardEnd?.url),
				supportEnd: withSource(endText(support), support.known ? extendedSource?.url : undefined),
			},
		];
	});
}
