import { describe, expect, it } from 'vitest';
import {
	calendarDate,
	factSource,
	githubHandle,
	httpsUrl,
	isRealCalendarDate,
} from '#src/schemas/common.ts';

describe('calendarDate', () => {
	it.each(['2024-02-29', '2026-11-27', '2000-12-31'])('accepts the real date %s', (value) => {
		expect(calendarDate.parse(value)).toBe(value);
	});

	it.each(['2025-02-30', '2025-13-45', '2023-02-29', '2026-4-1', '27/11/2026', 'today'])(
		'rejects %s',
		(value) => {
			const result = calendarDate.safeParse(value);
			expect(result.success).toBe(false);
			expect(result.error?.issues[0]?.message).toContain('real calendar date');
		}
	);

	it('normalises a Date from another YAML parser to the same string form', () => {
		expect(calendarDate.parse(new Date('2026-11-27T00:00:00Z'))).toBe('2026-11-27');
	});

	it('knows leap years', () => {
		expect(isRealCalendarDate('2000-02-29')).toBe(true);
		expect(isRealCalendarDate('1900-02-29')).toBe(false);
	});
});

describe('httpsUrl', () => {
	it('accepts https and refuses http or relative URLs', () => {
		expect(httpsUrl.safeParse('https://kubernetes.io/releases/').success).toBe(true);
		expect(httpsUrl.safeParse('http://kubernetes.io/').error?.issues[0]?.message).toBe(
			'expected an absolute https:// URL'
		);
		expect(httpsUrl.safeParse('/guidance/lts/').success).toBe(false);
	});
});

describe('factSource', () => {
	const url = 'https://kubernetes.io/releases/';

	it('reads a bare URL and a URL with evidence into the same shape', () => {
		expect(factSource.parse(url)).toEqual({ url });
		const read = {
			url,
			evidence:
				'The Kubernetes project maintains release branches for the most recent three minor releases',
			verified: '2026-12-04',
		};
		expect(factSource.parse(read)).toEqual(read);
	});

	it('refuses evidence longer than a short quotation', () => {
		const evidence = Array.from({ length: 31 }, (_, index) => `word${index}`).join(' ');
		const result = factSource.safeParse({ url, evidence, verified: '2026-12-04' });
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['evidence', 'expected a quotation of at most 30 words'],
		]);
	});

	it('refuses evidence without the day it was read, and a day without evidence', () => {
		for (const fact of [
			{ url, evidence: 'Supported for 14 months.' },
			{ url, verified: '2026-12-04' },
		]) {
			expect(factSource.safeParse(fact).error?.issues[0]?.path).toEqual(['verified']);
		}
	});

	it('still requires https for the URL in either form', () => {
		expect(factSource.safeParse('http://example.org/').success).toBe(false);
		expect(factSource.safeParse({ url: 'http://example.org/' }).error?.issues[0]?.path).toEqual([
			'url',
		]);
	});
});

describe('githubHandle', () => {
	it('accepts users and teams, refuses a leading @', () => {
		expect(githubHandle.safeParse('octocat').success).toBe(true);
		expect(githubHandle.safeParse('cncf/wg-sp-os').success).toBe(true);
		expect(githubHandle.safeParse('@octocat').error?.issues[0]?.message).toContain('without @');
	});
});
