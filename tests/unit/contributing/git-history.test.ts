import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHistory, githubHandleOf, historiesFromLog } from '#src/contributing/git-history.ts';

/** A commit header of the log `historiesFromLog` reads. */
const commit = (date: string, name: string, email: string) => `\x1e${date}\t${name}\t${email}`;

describe('histories from one git log', () => {
	it('takes GitHub handles only from noreply addresses', () => {
		expect(githubHandleOf('12345+octocat@users.noreply.github.com')).toBe('octocat');
		expect(githubHandleOf('octocat@users.noreply.github.com')).toBe('octocat');
		expect(githubHandleOf('octocat@example.org')).toBeUndefined();
	});

	it('merges commits of one person, most commits first, and never exposes other addresses', () => {
		const log = [
			commit('2026-03-04', 'Mona', '1+octocat@users.noreply.github.com'),
			'',
			'M\tpage.mdx',
			commit('2026-03-03', 'Ada Lovelace', 'ada@example.org'),
			'',
			'M\tpage.mdx',
			commit('2026-03-02', 'Mona Lisa', 'octocat@users.noreply.github.com'),
			'',
			'M\tpage.mdx',
			commit('2026-03-01', 'ada lovelace', 'ada@work.example'),
			'',
			'A\tpage.mdx',
		].join('\n');
		const history = historiesFromLog(log).get('page.mdx');
		expect(history?.lastUpdated).toBe('2026-03-04');
		expect(history?.contributors).toEqual([
			{ name: 'Ada Lovelace', commits: 2 },
			{ name: 'Mona', github: 'octocat', commits: 2 },
		]);
		expect(JSON.stringify(history)).not.toContain('example.org');
	});

	it('follows a renamed file to its older path, and does not give a re-added path the old file’s commits', () => {
		const log = [
			commit('2026-05-01', 'Grace', 'grace@example.org'),
			'',
			'A\tdrafts/old.mdx',
			commit('2026-04-01', 'Ada', 'ada@example.org'),
			'',
			'R100\tdrafts/old.mdx\tguide/new.mdx',
			commit('2026-03-01', 'Linus', 'linus@example.org'),
			'',
			'M\tdrafts/old.mdx',
			'M\tother.mdx',
			commit('2026-02-01', 'Linus', 'linus@example.org'),
			'',
			'A\tdrafts/old.mdx',
		].join('\n');
		const histories = historiesFromLog(log);
		expect(histories.get('guide/new.mdx')).toEqual({
			lastUpdated: '2026-04-01',
			contributors: [
				{ name: 'Linus', commits: 2 },
				{ name: 'Ada', commits: 1 },
			],
		});
		expect(histories.get('drafts/old.mdx')).toEqual({
			lastUpdated: '2026-05-01',
			contributors: [{ name: 'Grace', commits: 1 }],
		});
		expect(histories.get('other.mdx')?.lastUpdated).toBe('2026-03-01');
	});
});

describe('fileHistory', () => {
	const repository = mkdtempSync(join(tmpdir(), 'git-history-'));
	afterAll(() => rmSync(repository, { recursive: true, force: true }));
	const git = (date: string, name: string, ...args: string[]) =>
		execFileSync(
			'git',
			[
				'-C',
				repository,
				'-c',
				'init.defaultBranch=main',
				'-c',
				`user.name=${name}`,
				'-c',
				`user.email=${name.toLowerCase()}@example.org`,
				...args,
			],
			{
				env: {
					...process.env,
					GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
					GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
				},
				stdio: 'ignore',
			}
		);

	it('reads the last change and the authors of each committed file from git, across a rename', () => {
		git('2026-01-01', 'Linus', 'init', '--quiet');
		mkdirSync(join(repository, 'site', 'docs'), { recursive: true });
		writeFileSync(join(repository, 'site', 'docs', 'draft.mdx'), 'first\n');
		git('2026-01-01', 'Linus', 'add', '--all');
		git('2026-01-01', 'Linus', 'commit', '--quiet', '--message', 'draft');
		git('2026-02-01', 'Ada', 'mv', 'site/docs/draft.mdx', 'site/docs/page.mdx');
		git('2026-02-01', 'Ada', 'commit', '--quiet', '--message', 'rename');
		const site = join(repository, 'site');
		const expected = {
			lastUpdated: '2026-02-01',
			contributors: [
				{ name: 'Ada', commits: 1 },
				{ name: 'Linus', commits: 1 },
			],
		};
		// The site may sit in a folder of its repository, and pages name their source relative to it or absolutely.
		expect(fileHistory(site, 'docs/page.mdx')).toEqual(expected);
		expect(fileHistory(site, join(site, 'docs', 'page.mdx'))).toEqual(expected);
		expect(fileHistory(site, 'docs/draft.mdx')).toBeUndefined();
	});

	it('is not available outside a repository or for a file git does not know', () => {
		expect(fileHistory('/', 'no-such-file')).toBeUndefined();
		expect(fileHistory('.', 'no-such-file.mdx')).toBeUndefined();
	});
});
