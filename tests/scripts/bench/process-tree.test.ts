import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	processTree,
	residentBytesOf,
	treeResidentBytes,
} from '../../../scripts/bench/process-tree.ts';

describe('residentBytesOf', () => {
	it('reads VmRSS from /proc/<pid>/status in bytes', () => {
		expect(
			residentBytesOf('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nThreads:\t11\n')
		).toBe(123456 * 1024);
	});

	it('is zero for a process that has gone (empty text) or a kernel thread (no VmRSS)', () => {
		expect(residentBytesOf('')).toBe(0);
		expect(residentBytesOf('Name:\tkthreadd\nThreads:\t1\n')).toBe(0);
	});
});

describe('processTree', () => {
	it('lists the root and all its descendants, not its siblings', () => {
		const children: Record<number, number[]> = {
			1: [10, 20],
			10: [11],
			11: [12],
			20: [],
			99: [100],
		};
		expect(processTree(1, (pid) => children[pid] ?? []).sort((a, b) => a - b)).toEqual([
			1, 10, 11, 12, 20,
		]);
	});
});

describe('treeResidentBytes', () => {
	it("adds a child's memory to its parent's", async () => {
		const childBytes = 100_000_000;
		const child = spawn(process.execPath, [
			'-e',
			`globalThis.held = Buffer.alloc(${childBytes}, 1); console.log('ready'); setInterval(() => {}, 1000);`,
		]);
		try {
			await once(child.stdout, 'data');
			const own = residentBytesOf(readFileSync('/proc/self/status', 'utf8'));
			expect(treeResidentBytes(process.pid)).toBeGreaterThan(own + childBytes);
		} finally {
			child.kill();
		}
	});

	it('is zero for a process that does not exist', () => {
		expect(treeResidentBytes(2 ** 22 + 1)).toBe(0);
	});
});
