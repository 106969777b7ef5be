import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contributorsFromLog, fileHistory, githubHandleOf } from '../../../src/contributing/git-history.ts';

describe('contributors from git log', () => {
	it('takes GitHub handles only from noreply addresses', () => {
		expect(githubHandleOf('12345+octocat@users.noreply.github.com')).toBe('octocat');
		expect(githubHandleOf('octocat@users.noreply.github.com')).toBe('octocat');
		expect(githubHandleOf('octocat@example.org')).toBeUndefined();
	});

	it('merges commits of one person, most commits first, and never exposes other addresses', () => {
		const log = ['Mona\t1+octocat@users.noreply.github.com', 'Ada Lovelace\tada@example.org', 'Mona Lisa\toctocat@users.noreply.github.com', 'ada lovelace\tada@work.example'].join('\n');
		const contributors = contributorsFromLog(log);
		expect(contributors).toEqual([
			{ name: 'Ada Lovelace', commits: 2 },
			{ name: 'Mona', github: 'octocat', commits: 2 },
		]);
		expect(JSON.stringify(contributors)).not.toContain('example.org');
	});
});

describe('fileHistory', () => {
	it('reads the last change and the authors of a committed file from git', () => {
		const file = 'package.json';
		const history = fileHistory('.', file);
		const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'true';
		if (shallow) {
			expect(history).toBeUndefined();
			return;
		}
		expect(history?.lastUpdated).toBe(execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim());
		// Merge commits carry no authorship of the text, so they do not make anyone a contributor.
		const authors = execFileSync('git', ['log', '--follow', '--no-merges', '--format=%an', '--', file], { encoding: 'utf8' }).trim().split('\n');
		expect(history?.contributors.map((person) => person.name).sort()).toEqual([...new Set(authors)].sort());
	});

	it('is not available outside a repository or for a file git does not know', () => {
		expect(fileHistory('/', 'no-such-file')).toBeUndefined();
		expect(fileHistory('.', 'no-such-file.mdx')).toBeUndefined();
	});
});
