import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { treeResidentBytes } from './process-tree.ts';

export interface BuildMeasurement {
	wallSeconds: number;
	/**
	 * The higher of two peaks: the build's whole process tree summed (sampled every 100 ms from /proc) and its
	 * largest single process (exact, from GNU time, which also catches a spike between two samples).
	 */
	peakMemoryBytes: number;
	/** User plus system time of every process of the build; undefined without GNU time. */
	cpuSeconds: number | undefined;
}

/** GNU time, which reports a command's peak memory and CPU time (Debian package `time`). */
const gnuTime = '/usr/bin/time';
const sampleEveryMs = 100;

/**
 * Builds the site in `siteDir` from cold, as a clean checkout would (no dist/, no Astro or Vite cache), and
 * measures it. The build's output goes to `logFile`; a failed build throws with the end of that log.
 */
export async function measureBuild(siteDir: string, logFile: string): Promise<BuildMeasurement> {
	for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		rmSync(join(siteDir, cache), { recursive: true, force: true });
	}
	const astro = join(
		siteDir,
		'node_modules',
		'astro',
		JSON.parse(readFileSync(join(siteDir, 'node_modules', 'astro', 'package.json'), 'utf8')).bin
			.astro
	);
	const timeReport = `${logFile}.time`;
	const useGnuTime = existsSync(gnuTime);
	const command = [process.execPath, astro, 'build'];
	const [program, ...args] = useGnuTime
		? [gnuTime, '--verbose', '--output', timeReport, ...command]
		: command;
	// Served from / on loopback like the stock site, whatever this shell deploys to.
	const { BASE_PATH: _base, SITE_URL: _site, ...inherited } = process.env;
	const environment = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
	const log = openSync(logFile, 'w');
	const started = performance.now();
	const child = spawn(program as string, args, {
		cwd: siteDir,
		env: environment,
		stdio: ['ignore', log, log],
	});
	let peakTreeBytes = 0;
	const sampler = setInterval(() => {
		if (child.pid) peakTreeBytes = Math.max(peakTreeBytes, treeResidentBytes(child.pid));
	}, sampleEveryMs);
	const exitCode = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', resolve);
	}).finally(() => {
		clearInterval(sampler);
		closeSync(log);
	});
	const wallSeconds = (performance.now() - started) / 1000;
	if (exitCode !== 0) {
		const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-20).join('\n');
		throw new Error(
			`the build in ${siteDir} failed (exit code ${exitCode}); the end of ${logFile}:\n${tail}`
		);
	}
	const report = useGnuTime ? parseTimeReport(readFileSync(timeReport, 'utf8')) : undefined;
	return {
		wallSeconds,
		peakMemoryBytes: Math.max(peakTreeBytes, report?.maxResidentBytes ?? 0),
		cpuSeconds: report?.cpuSeconds,
	};
}

/** The peak memory of the largest process and the total CPU time, from `time --verbose` output. */
export function parseTimeReport(text: string): { maxResidentBytes: number; cpuSeconds: number } {
	const field = (label: string) => {
		const match = new RegExp(`^\\s*${label}:\\s*([\\d.]+)\\s*$`, 'm').exec(text);
		if (!match) throw new Error(`GNU time's report has no "${label}" line`);
		return Number(match[1]);
	};
	return {
		maxResidentBytes: field('Maximum resident set size \\(kbytes\\)') * 1024,
		cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
	};
}
