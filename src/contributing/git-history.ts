import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

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
	return /^(?:\d+\+)?([A-Za-z\d](?:[A-Za-z\d-]{0,38}))@users\.noreply\.github\.com$/i.exec(
		email.trim()
	)?.[1];
}

/** Starts each commit's header line in the log this module reads, so it cannot be taken for a file line. */
const commitMark = '\x1e';
/** Newest commit first; the header is `<mark>date<TAB>name<TAB>email`, then one `STATUS<TAB>path[<TAB>new path]` line per file. */
const historyLogArguments = [
	'-c',
	'core.quotePath=off',
	'log',
	'--no-merges',
	'-M',
	'--name-status',
	`--format=${commitMark}%cs%x09%an%x09%ae`,
];

interface Commit {
	date: string;
	name: string;
	email: string;
}

/**
 * Every file's history from one `git log` of the whole repository (`historyLogArguments`), keyed by the path the
 * file has now. A rename carries the older commits over to the new path, as `git log --follow` would; a path that
 * was added anew does not inherit the commits of an earlier file that had the same path.
 */
export function historiesFromLog(log: string): Map<string, FileHistory> {
	const commitsByFile = new Map<string, Commit[]>();
	// What a path seen in older commits is called now; null once that path's file is a different, newer file.
	const currentName = new Map<string, string | null>();
	let commit: Commit | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith(commitMark)) {
			const [date = '', name = '', email = ''] = line.slice(commitMark.length).split('\t');
			commit = { date, name, email };
			continue;
		}
		const [status = '', path = '', renamedTo] = line.split('\t');
		if (!commit || !path) continue;
		const shownPath = renamedTo ?? path;
		const file = currentName.has(shownPath) ? currentName.get(shownPath) : shownPath;
		if (file === null || file === undefined) continue;
		const commits = commitsByFile.get(file) ?? [];
		commits.push(commit);
		commitsByFile.set(file, commits);
		if (renamedTo !== undefined) {
			currentName.set(renamedTo, null);
			currentName.set(path, file);
		} else if (status === 'A') {
			currentName.set(path, null);
		}
	}
	const histories = new Map<string, FileHistory>();
	for (const [file, commits] of commitsByFile) {
		histories.set(file, {
			lastUpdated: (commits[0] as Commit).date,
			contributors: contributorsOf(commits),
		});
	}
	return histories;
}

/**
 * Commits grouped by GitHub handle when the address reveals one, else by name (people commit from several
 * addresses); most commits first.
 */
function contributorsOf(commits: Commit[]): Contributor[] {
	const byKey = new Map<string, Contributor>();
	for (const { name, email } of commits) {
		if (!name.trim()) continue;
		const github = githubHandleOf(email);
		const key = github ? `@${github.toLowerCase()}` : name.trim().toLowerCase();
		const known = byKey.get(key);
		if (known) known.commits += 1;
		else byKey.set(key, { name: name.trim(), ...(github ? { github } : {}), commits: 1 });
	}
	return [...byKey.values()].sort(
		(a, b) => b.commits - a.commits || a.name.localeCompare(b.name, 'en')
	);
}

interface RepositoryHistory {
	top: string;
	files: Map<string, FileHistory>;
}

const repositories = new Map<string, RepositoryHistory | undefined>();

/**
 * A file's history from git, or undefined when it is not available: no git, not a repository, a file not yet
 * committed, or a shallow clone (which holds only the newest commits and would credit the wrong people). The
 * whole repository's log is read once per build, not once per page.
 */
export function fileHistory(root: string, file: string): FileHistory | undefined {
	if (!repositories.has(root)) repositories.set(root, readRepository(root));
	const repository = repositories.get(root);
	return repository?.files.get(relative(repository.top, resolve(root, file)));
}

function readRepository(root: string): RepositoryHistory | undefined {
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', root, ...args], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 1024 ** 3,
		});
	try {
		if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return undefined;
		return {
			top: git('rev-parse', '--show-toplevel').trim(),
			files: historiesFromLog(git(...historyLogArguments)),
		};
	} catch {
		return undefined;
	}
}
