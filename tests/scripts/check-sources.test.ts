import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const fixture = 'tests/fixtures/sources';

function checkSources(...options: string[]) {
	const result = spawnSync(
		process.execPath,
		[
			'scripts/check-sources.ts',
			'--root',
			`${fixture}/site`,
			'--recorded',
			`${fixture}/pages`,
			...options,
		],
		{ encoding: 'utf8' }
	);
	return { status: result.status, output: result.stdout, errors: result.stderr };
}

/** The facts of the fixture whose quote is not on its recorded page, as tests/fixtures/sources/README.md says. */
const missing = [
	'content/landscape/example-os.yaml:13:15  sources.lts  https://example.org/docs/support/  not found on the page',
	'content/landscape/example-os.yaml:17:15  sources.mac  https://example.org/docs/security/  not found on the page',
	'content/landscape/example-os.yaml:25:15  sources.runtimes  https://example.org/gone/  HTTP 404',
	'content/landscape/example-os.yaml:29:15  sources.init  https://offline.example.net/docs/  network error: getaddrinfo ENOTFOUND offline.example.net',
];

describe('npm run check:sources (recorded pages)', () => {
	const plain = checkSources();

	it('lists each fact whose quote is missing as file:line:column, field, url and why, and exits 0', () => {
		const { status, output } = plain;
		const lines = output.split('\n').filter((line) => line.startsWith('content/'));
		expect(lines).toEqual(missing);
		expect(output).toContain('    evidence: "Each LTS stream is supported for 18 months."');
		expect(output).toContain(
			'4 of 8 evidence quotes were not found at their sources (7 pages read).'
		);
		expect(status).toBe(0);
	});

	it('finds quotes across markup and entities, and in a GitHub file read raw', () => {
		const { output } = plain;
		expect(output).not.toContain('sources.updateModel');
		expect(output).not.toContain('sources.license');
		expect(output).not.toContain('lines.0.sources.released');
	});

	it('exits 1 with --strict when a quote is missing', () => {
		expect(checkSources('--strict').status).toBe(1);
	});

	it('writes a Markdown table for the weekly issue, headed by the count of findings', () => {
		const { status, output } = checkSources('--format', 'markdown');
		expect(output.split('\n')[0]).toBe('<!-- findings: 4 -->');
		expect(output).toContain('| fact | source | result | evidence |');
		expect(output).toContain(
			'| `content/landscape/example-os.yaml:25:15` `sources.runtimes` | https://example.org/gone/ | HTTP 404 | “containerd is the only container runtime in the image.” |'
		);
		expect(status).toBe(0);
	});

	it('refuses an unknown format with a message and exit code 2', () => {
		const { status, errors } = checkSources('--format', 'json');
		expect(errors).toContain('--format must be one of text, markdown, not "json"');
		expect(status).toBe(2);
	});
});
