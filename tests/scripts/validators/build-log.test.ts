import { describe, expect, it } from 'vitest';
import { buildWarnings } from '../../../scripts/validators/build-log.ts';

describe('buildWarnings', () => {
	it('reads each [WARN] line without colours and timestamp, and nothing else', () => {
		const log = [
			'08:20:15 [build] output: "static"',
			'08:20:15 [WARN] [config] Shiki syntax highlighting uses inline styles.',
			'08:20:30 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of "x".',
			'   ╭─[ src/content/docs/index.mdx?astroPropagatedAssets:2:6 ]',
			'08:20:31 [build] Complete!',
		].join('\n');
		expect(buildWarnings(log)).toEqual([
			'[config] Shiki syntax highlighting uses inline styles.',
			'[vite] [MODULE_LEVEL_DIRECTIVE] The semantics of "x".',
		]);
	});
});
