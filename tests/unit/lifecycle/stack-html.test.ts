import { describe, expect, it } from 'vitest';
import { escapeHtml, shippedWarningsHtml, stackReportHtml } from '#src/lifecycle/stack-html.ts';
import { stackReport } from '#src/lifecycle/stack.ts';
import { fixtureProducts } from './products.ts';
import { fixtureReleases } from './releases.ts';

const products = fixtureProducts();
const releases = fixtureReleases();

describe('stack report HTML', () => {
	it('escapes every value', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
		const hostile = products.map((entry) =>
			entry.id === 'kube'
				? { ...entry, data: { ...entry.data, name: '<img src=x onerror=alert(1)>' } }
				: entry
		);
		const report = stackReport(
			hostile,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a' },
			'2025-12-01'
		);
		const html = report ? stackReportHtml(report, { today: '2025-12-01', headingLevel: 2 }) : '';
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 1.1');
		expect(html).not.toContain('<img');
	});

	it('shows both earliest ends, one row per component with linked dates, the warnings and the compatibility findings', () => {
		const report = stackReport(
			products,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a' },
			'2026-03-01'
		);
		const html = report
			? stackReportHtml(report, {
					today: '2026-03-01',
					headingLevel: 3,
					permalink: '/lifecycles/stack/x/',
				})
			: '';
		expect(html).toMatch(/data-earliest="standard".*<strong data-value>2026-01-31<\/strong>/);
		expect(html.match(/<tr data-role=/g)).toHaveLength(4);
		expect(html).toContain(
			'<tr data-role="runtime"><th scope="row">containerd 2.0.4<span class="role">Container runtime, shipped with the OS</span>'
		);
		expect(html).toContain('<a href="https://example.org/kube/1.1/">2026-08-01</a>');
		expect(html).toContain(
			'<h3>Warnings about what the OS stream ships</h3><ul class="shipped-warnings">'
		);
		expect(html).toContain('<li data-severity="warning" data-kind="support-ended">');
		expect(html).toContain('<h3>Documented compatibility</h3>');
		expect(html).toContain('<a href="/lifecycles/stack/x/">Permanent page for this stack</a>');
	});

	it('says so when no warning is computed, and renders warnings with their sources', () => {
		const report = stackReport(
			products,
			releases,
			{ platform: 'kube-1.1', os: 'stream-os-a' },
			'2025-12-01'
		);
		const html = report ? stackReportHtml(report, { today: '2025-12-01', headingLevel: 2 }) : '';
		expect(html).toContain(
			'<p class="no-warnings">None computed from the data as of 2025-12-01.</p>'
		);
		expect(shippedWarningsHtml([])).toBe('');
		expect(
			shippedWarningsHtml([
				{
					kind: 'not-in-data',
					severity: 'note',
					component: 'kernel',
					text: 'OS ships Linux 6.9 <b>',
					sources: [{ label: 'shipped version', url: 'https://example.org/?a=1&b=2' }],
				},
			])
		).toBe(
			'<ul class="shipped-warnings"><li data-severity="note" data-kind="not-in-data"><strong>Note:</strong> OS ships Linux 6.9 &lt;b&gt; <span class="sources">(<a href="https://example.org/?a=1&amp;b=2">shipped version</a>)</span></li></ul>'
		);
	});
});
