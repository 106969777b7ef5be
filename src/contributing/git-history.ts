import { execFileSync } from 'node:child_process';

/** Someone who committed to a file, as the page credits them. */
export interface Contributor {
	name: string;
	/** GitHub handle, known only from a GitHub noreply address; other addresses are never shown. */
	github?: string;
	commits: number;
}

export interface FileHistory {
	/** Date (YYYY-MM-DD) of the newest commit that changed the file. */
	lastUpdated: string;
	/** Most commits first. */
	contributors: Contributor[];
}

/** `123+octocat@users.noreply.github.com` or `octocat@users.noreply.github.com` → octocat. */
export function githubHandleOf(email: string): string | undefined {
	return /^(?:\d+\+)?([A-Za-z\d](?:[A-Za-z\d-]{0,38}))@users\.noreply\.github\.com$/i.exec(email.trim())?.[1];
}

/**
 * Contributors from `git log --format=%an%x09%ae` output, one commit per line. Commits are grouped by GitHub
 * handle when the address reveals one, else by name (people commit from several addresses).
 */
export function contributorsFromLog(log: string): Contributor[] {
	const byKey = new Map<string, Contributor>();
	for (const line of log.split('\n')) {
		const [name = '', email = ''] = line.split('\t');
		if (!name.trim()) continue;
		const github = githubHandleOf(email);
		const key = github ? `@${github.toLowerCase()}` : name.trim().toLowerCase();
		const known = byKey.get(key);
		if (known) known.commits += 1;
		else byKey.set(key, { name: name.trim(), ...(github ? { github } : {}), commits: 1 });
	}
	return [...byKey.values()].sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name, 'en'));
}

const histories = new Map<string, FileHistory | undefined>();

/**
 * A file's history from git, or undefined when it is not available: no git, not a repository, a file not yet
 * committed, or a shallow clone (which holds only the newest commits and would credit the wrong people).
 */
export function fileHistory(root: string, file: string): FileHistory | undefined {
	const key = `${root}\0${file}`;
	if (!histories.has(key)) histories.set(key, readHistory(root, file));
	return histories.get(key);
}

function readHistory(root: string, file: string): FileHistory | undefined {
	const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	try {
		if (git('rev-parse', '--is-shallow-repository') !== 'false') return undefined;
		const lastUpdated = git('log', '-1', '--format=%cs', '--', file);
		if (!lastUpdated) return undefined;
		return { lastUpdated, contributors: contributorsFromLog(git('log', '--follow', '--no-merges', '--format=%an%x09%ae', '--', file)) };
	} catch {
		return undefined;
	}
}
