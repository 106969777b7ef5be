import type { ReleaseLine } from '#src/schemas/lifecycle.ts';
import { isDate } from './dates.ts';
import { dateFieldText, earliestText, endText, stateText } from './describe.ts';
import type { ShippedWarning, WarningSeverity } from './shipped-warnings.ts';
import {
	stackRoleLabels,
	type CompatibilityFinding,
	type StackComponent,
	type StackReport,
} from './stack.ts';
import type { EarliestEnd } from './support.ts';

/**
 * The stack calculator's answer as HTML, and the warnings about what an OS stream ships. One renderer serves
 * the static result pages and the OS and LTS pages (at build time) and the in-page calculator (in the
 * browser), so they cannot disagree. Every value is escaped; the markup carries no script or inline handler,
 * so it is safe under a strict Content Security Policy.
 */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

const link = (href: string | undefined, text: string) =>
	href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);

const verdictText: Record<CompatibilityFinding['verdict'], string> = {
	listed: 'Listed',
	'not-listed': 'Not listed',
	none: 'Not documented',
	note: 'Note',
};

const severityText: Record<WarningSeverity, string> = {
	warning: 'Warning',
	caution: 'Caution',
	note: 'Note',
};

/** How each component's role reads under its name. */
function roleText(component: StackComponent): string {
	if (component.role === 'kernel') return 'Linux kernel, shipped with the OS';
	if (component.role === 'runtime' && component.origin === 'shipped')
		return `${stackRoleLabels.runtime}, shipped with the OS`;
	return stackRoleLabels[component.role];
}

/** The warnings as a list, each with the sources it is computed from; nothing when there are none. */
export function shippedWarningsHtml(warnings: readonly ShippedWarning[]): string {
	if (warnings.length === 0) return '';
	const items = warnings
		.map(
			(warning) =>
				`<li data-severity="${warning.severity}" data-kind="${warning.kind}"><strong>${severityText[warning.severity]}:</strong> ${escapeHtml(warning.text)} <span class="sources">(${warning.sources.map((source) => link(source.url, source.label)).join(', ')})</span></li>`
		)
		.join('');
	return `<ul class="shipped-warnings">${items}</ul>`;
}

export interface StackHtmlOptions {
	today: string;
	/** Level of the report's section headings (2 on a result page, 3 inside the calculator). */
	headingLevel: 2 | 3;
	/** Link to the static result page of this stack, when it has one. */
	permalink?: string;
}

export function stackReportHtml(
	report: StackReport,
	{ today, headingLevel, permalink }: StackHtmlOptions
): string {
	const h = `h${headingLevel}`;
	const nameOf = (component: StackComponent) => component.label;
	const earliest = (
		kind: 'standard' | 'support',
		label: string,
		value: EarliestEnd<StackComponent>
	) => {
		const text = earliestText(value, nameOf);
		return `<div class="earliest-item" data-earliest="${kind}"><dt>${escapeHtml(label)}</dt><dd><strong data-value>${escapeHtml(text.value)}</strong> <span>${escapeHtml(text.explanation)}</span></dd></div>`;
	};
	const dateCell = (line: ReleaseLine | undefined, field: 'standardEnd' | 'extendedEnd') => {
		if (!line) return '<td>not in the data</td>';
		const value = line[field];
		return `<td>${link(isDate(value) ? line.sources[field]?.url : undefined, dateFieldText(value))}</td>`;
	};
	const rows = report.components
		.map(
			(component) =>
				`<tr data-role="${component.role}"><th scope="row">${escapeHtml(component.label)}<span class="role">${escapeHtml(roleText(component))}</span></th>` +
				`<td>${escapeHtml(stateText[component.state])}</td>${dateCell(component.line, 'standardEnd')}${dateCell(component.line, 'extendedEnd')}` +
				`<td data-support-end>${escapeHtml(endText(component.supportEnd))}</td><td class="notes">${escapeHtml(component.line?.notes ?? '')}</td></tr>`
		)
		.join('');
	const findings = report.compatibility
		.map(
			(finding) =>
				`<li data-verdict="${finding.verdict}"><strong>${verdictText[finding.verdict]}:</strong> ${escapeHtml(finding.text)}${finding.source ? ` (${link(finding.source, 'source')})` : ''}</li>`
		)
		.join('');
	const warnings =
		shippedWarningsHtml(report.warnings) ||
		`<p class="no-warnings">None computed from the data as of ${escapeHtml(today)}.</p>`;
	return (
		`<div class="stack-report">` +
		`<dl class="earliest">${earliest('standard', 'Standard support ends first on', report.earliestStandardEnd)}${earliest('support', 'Counting extended support, support ends first on', report.earliestSupportEnd)}</dl>` +
		`<${h}>Each component</${h}>` +
		// Focusable and named, so a keyboard can scroll the table where it is wider than a phone.
		`<div class="table-scroll" tabindex="0" role="region" aria-label="End of support of each component"><table><caption>End of support of each component, as of ${escapeHtml(today)}; dates link to their sources</caption>` +
		`<thead><tr><th scope="col">Component</th><th scope="col">On ${escapeHtml(today)}</th><th scope="col">Standard support ends</th><th scope="col">Extended support ends</th><th scope="col">Last day of any support</th><th scope="col">Notes</th></tr></thead>` +
		`<tbody>${rows}</tbody></table></div>` +
		`<${h}>Warnings about what the OS stream ships</${h}>${warnings}` +
		`<${h}>Documented compatibility</${h}><ul class="findings">${findings}</ul>` +
		(permalink
			? `<p class="permalink"><a href="${escapeHtml(permalink)}">Permanent page for this stack</a></p>`
			: '') +
		`</div>`
	);
}
