/** What a bundler warning carries that this filter reads (Rolldown's log objects have more). */
interface BundlerWarning {
	code?: string;
	message: string;
}

/**
 * Astro marks every MDX module that propagates head content with a `"use astro:head-inject"` directive, and
 * Rolldown warns once per MDX page that it may not keep a module-level directive. Astro reads propagation from
 * module metadata, not from the directive, so the notice is noise (withastro/astro#18087, see KNOWN-ISSUES.md).
 */
function isHeadInjectDirectiveNotice(warning: BundlerWarning): boolean {
	return (
		warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')
	);
}

/** Rolldown's `onwarn`: passes every warning on to Vite's logger except the upstream notices above. */
export function withoutHarmlessUpstreamWarnings<Warning extends BundlerWarning>(
	warning: Warning,
	warn: (warning: Warning) => void
): void {
	if (isHeadInjectDirectiveNotice(warning)) return;
	warn(warning);
}
