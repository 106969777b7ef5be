import { describe, expect, it } from 'vitest';
import { meaningfulTerms, relaxedQueries } from '#src/search/query.ts';

describe('meaningful terms of a query', () => {
	it('drops glue words and keeps the reader’s order', () => {
		expect(meaningfulTerms('Should I use a container OS')).toEqual(['use', 'container']);
		expect(meaningfulTerms('ignition  vs cloud-init')).toEqual(['ignition', 'cloud-init']);
	});

	it('drops "os", a word on nearly every page, unless it is all the reader typed', () => {
		expect(meaningfulTerms('immutable OS vs general purpose distro')).toEqual([
			'immutable',
			'general',
			'purpose',
			'distro',
		]);
		expect(meaningfulTerms('OS')).toEqual(['os']);
	});

	it('keeps every word when the query is only glue words', () => {
		expect(meaningfulTerms('who we are')).toEqual(['who', 'we', 'are']);
		expect(meaningfulTerms('   ')).toEqual([]);
	});
});

describe('relaxed queries', () => {
	it('leave out one word each', () => {
		expect(relaxedQueries(['docker', 'shim', 'removed'])).toEqual([
			'shim removed',
			'docker removed',
			'docker shim',
		]);
	});

	it('do not exist for a single word', () => {
		expect(relaxedQueries(['bottlerocket'])).toEqual([]);
	});
});
