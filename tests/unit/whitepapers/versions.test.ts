import { describe, expect, it } from 'vitest';
import type { Whitepaper } from '../../../src/schemas/whitepaper.ts';
import { compareVersions, groupPapers, whitepaperEntryId } from '../../../src/whitepapers/versions.ts';

const paper = (title: string, version: string) => ({ title, version }) as Whitepaper;

describe('whitepaper versions', () => {
	it('names the living text by its folder and a frozen copy by folder and version', () => {
		expect(whitepaperEntryId('lts/index.mdx')).toBe('lts');
		expect(whitepaperEntryId('lts/versions/1.0.0.mdx')).toBe('lts/1.0.0');
	});

	it('orders versions numerically', () => {
		expect(['1.10.0', '1.9.0', '0.2.1', '1.9.10'].sort(compareVersions)).toEqual(['0.2.1', '1.9.0', '1.9.10', '1.10.0']);
	});

	it('groups a living text with its frozen copies, newest first, the living text marked latest', () => {
		const papers = groupPapers([
			{ id: 'lts/0.9.0', data: paper('LTS', '0.9.0') },
			{ id: 'lts', data: paper('LTS', '1.0.0') },
			{ id: 'lts/0.10.0', data: paper('LTS', '0.10.0') },
			{ id: 'container-os', data: paper('Container OS', '0.1.0') },
		]);
		expect(papers.map((group) => group.slug)).toEqual(['container-os', 'lts']);
		const lts = papers[1]!;
		expect(lts.versions.map((version) => [version.version, version.entryId, version.latest])).toEqual([
			['1.0.0', 'lts', true],
			['0.10.0', 'lts/0.10.0', false],
			['0.9.0', 'lts/0.9.0', false],
		]);
		expect(lts.latest.version).toBe('1.0.0');
	});
});
