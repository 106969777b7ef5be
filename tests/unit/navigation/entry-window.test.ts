import { describe, expect, it } from 'vitest';
import { windowAround } from '#src/navigation/entry-window.ts';

describe('windowAround', () => {
	it('takes the whole list when it fits', () => {
		expect(windowAround(5, 3, 9)).toEqual({ start: 0, end: 5 });
	});

	it('centres on the index inside a longer list', () => {
		expect(windowAround(50, 20, 9)).toEqual({ start: 16, end: 25 });
	});

	it('stays full at either end of the list', () => {
		expect(windowAround(50, 1, 9)).toEqual({ start: 0, end: 9 });
		expect(windowAround(50, 49, 9)).toEqual({ start: 41, end: 50 });
	});

	it('starts at the beginning when there is nothing to centre on', () => {
		expect(windowAround(50, -1, 7)).toEqual({ start: 0, end: 7 });
	});
});
