import { describe, expect, it, vi } from 'vitest';
import { withoutHarmlessUpstreamWarnings } from '#src/integrations/vite-warnings.ts';

describe('withoutHarmlessUpstreamWarnings', () => {
	it("drops Rolldown's notice about Astro's head-inject directive in MDX pages", () => {
		const warn = vi.fn();
		withoutHarmlessUpstreamWarnings(
			{
				code: 'MODULE_LEVEL_DIRECTIVE',
				message:
					'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/charter.mdx?astroPropagatedAssets" may not be preserved when bundling.',
			},
			warn
		);
		expect(warn).not.toHaveBeenCalled();
	});

	it('passes on any other module-level directive and any other warning', () => {
		const warn = vi.fn();
		const otherDirective = {
			code: 'MODULE_LEVEL_DIRECTIVE',
			message:
				'The semantics of the module level directive "use client" in "x.js" may not be preserved.',
		};
		const unresolved = { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "missing"' };
		withoutHarmlessUpstreamWarnings(otherDirective, warn);
		withoutHarmlessUpstreamWarnings(unresolved, warn);
		expect(warn.mock.calls).toEqual([[otherDirective], [unresolved]]);
	});
});
