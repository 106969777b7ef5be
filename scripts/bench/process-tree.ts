import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from Linux's /proc. A build is more than one
 * process (Node, esbuild's service, Pagefind's indexer), and what a machine must have is their sum at the
 * worst moment, which no single process's peak shows.
 */

/** Resident set size in bytes, from the text of /proc/<pid>/status (VmRSS, given in kB). */
export function residentBytesOf(statusText: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(statusText);
	return match ? Number(match[1]) * 1024 : 0;
}

/** `root` and every process below it, breadth first, given a way to list a process's children. */
export function processTree(root: number, childrenOf: (pid: number) => number[]): number[] {
	const found: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.shift() as number;
		found.push(pid);
		queue.push(...childrenOf(pid));
	}
	return found;
}

/** The summed resident memory of `root`'s process tree now; 0 once it has exited or where /proc is missing. */
export function treeResidentBytes(root: number): number {
	return processTree(root, childrenFromProc).reduce(
		(sum, pid) => sum + residentBytesOf(readProc(`${pid}/status`)),
		0
	);
}

/** Children of every thread of a process (/proc/<pid>/task/<tid>/children): reads only the tree, not all of /proc. */
function childrenFromProc(pid: number): number[] {
	let threads: string[];
	try {
		threads = readdirSync(`/proc/${pid}/task`);
	} catch {
		return [];
	}
	return threads.flatMap((thread) =>
		readProc(`${pid}/task/${thread}/children`).split(' ').filter(Boolean).map(Number)
	);
}

/** Processes come and go while the tree is read; one that has gone counts as empty. */
function readProc(path: string): string {
	try {
		return readFileSync(`/proc/${path}`, 'utf8');
	} catch {
		return '';
	}
}
