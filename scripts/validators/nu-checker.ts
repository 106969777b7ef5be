/**
 * The W3C Nu Html Checker (vnu, the checker behind validator.w3.org), from the `vnu-jar` package, run once
 * over many files: one Java start-up for the whole site.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One error the checker found, located in its file. */
export interface HtmlError {
	file: string;
	line: number;
	column: number;
	message: string;
	extract: string;
}

interface NuMessage {
	type: string;
	subType?: string;
	url?: string;
	message: string;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	extract?: string;
}

/** The errors of vnu's JSON report (`--format json`), with file names relative to `displayFrom`. */
export function htmlErrors(report: string, displayFrom: string): HtmlError[] {
	const { messages } = JSON.parse(report) as { messages: NuMessage[] };
	return messages
		.filter((message) => message.type !== 'info')
		.map((message) => ({
			file: message.url?.startsWith('file:')
				? relative(displayFrom, fileURLToPath(message.url))
				: (message.url ?? '(unknown file)'),
			line: message.lastLine ?? 0,
			column: message.firstColumn ?? message.lastColumn ?? 0,
			message: message.message,
			extract: message.extract ?? '',
		}));
}

/** Says how to get Java when there is none: the checker is a Java program. */
export class MissingJavaError extends Error {
	constructor() {
		super(
			'The HTML check needs a Java runtime (11 or later) on PATH: on Debian or Ubuntu, `apt-get install -y default-jre-headless`.'
		);
	}
}

/** Runs vnu over `files` (errors only) and returns its JSON report. */
export function runNuChecker(files: readonly string[]): string {
	const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
	const result = spawnSync(
		'java',
		['-jar', jar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
		{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
	);
	if (result.error && 'code' in result.error && result.error.code === 'ENOENT') {
		throw new MissingJavaError();
	}
	if (result.status !== 0) {
		throw new Error(`vnu stopped with status ${result.status}: ${result.stderr}`);
	}
	return result.stdout;
}
