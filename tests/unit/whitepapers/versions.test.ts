import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whitepaperSchema, type Whitepaper } from '#src/schemas/whitepaper.ts';
import { splitFrontmatter } from '#src/content-source/frontmatter.ts';
import { YamlSource } from '#src/content-source/yaml-source.ts';
import {
	compareVersions,
	groupPapers,
	newerVersionNotice,
	whitepaperEntryId,
	whitepaperFilePattern,
} from '#src/whitepapers/versions.ts';

const paper = (title: string, version: string) => ({ title, version }) as Whitepaper;

describe('whitepaper versions', () => {
	it('names the living text by its folder and a frozen copy by folder and version', () => {
		expect(whitepaperEntryId('lts/index.mdx')).toBe('lts');
		expect(whitepaperEntryId('lts/versions/1.0.0.mdx')).toBe('lts/1.0.0');
	});

	it('orders versions numerically', () => {
		expect(['1.10.0', '1.9.0', '0.2.1', '1.9.10'].sort(compareVersions)).toEqual([
			'0.2.1',
			'1.9.0',
			'1.9.10',
			'1.10.0',
		]);
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
		expect(
			lts.versions.map((version) => [version.version, version.entryId, version.latest])
		).toEqual([
			['1.0.0', 'lts', true],
			['0.10.0', 'lts/0.10.0', false],
			['0.9.0', 'lts/0.9.0', false],
		]);
		expect(lts.latest.version).toBe('1.0.0');
	});
});

describe('a paper with a frozen earlier version (tests/fixtures/check/frozen-version)', () => {
	const base = 'tests/fixtures/check/frozen-version/content/whitepapers';
	const entries = globSync(whitepaperFilePattern, { cwd: base }).map((path) => {
		const frontmatter = splitFrontmatter(readFileSync(`${base}/${path}`, 'utf8'));
		return {
			id: whitepaperEntryId(path),
			data: whitepaperSchema.parse(new YamlSource(frontmatter?.yaml ?? '').data),
		};
	});
	const [paper] = groupPapers(entries);

	it('keeps both versions readable, the living text as the latest', () => {
		expect(
			paper?.versions.map((version) => [version.version, version.entryId, version.latest])
		).toEqual([
			['0.2.0', 'example', true],
			['0.1.0', 'example/0.1.0', false],
		]);
	});

	it('tells a reader of the frozen version that a newer one exists, and none on the latest', () => {
		const [latest, frozen] = paper!.versions;
		expect(newerVersionNotice(paper!, frozen!, '/whitepapers/example/')).toBe(
			'You are reading version 0.1.0 of 2026-11-01. A newer version, 0.2.0, exists: <a href="/whitepapers/example/">read the latest version</a>.'
		);
		expect(newerVersionNotice(paper!, latest!, '/whitepapers/example/')).toBeUndefined();
	});
});
