import { describe, expect, it } from 'vitest';
import { escapeHtml, stackReportHtml } from '#src/lifecycle/stack-html.ts';
import { stackReport } from '#src/lifecycle/stack.ts';
import { fixtureProducts } from './products.ts';

const products = fixtureProducts();

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
			{ platform: 'kube-1.1', os: 'stream-os-a', runtime: 'containerd-2.0' },
			'2025-12-01'
		);
		const html = report ? stackReportHtml(report, { today: '2025-12-01', headingLevel: 2 }) : '';
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 1.1');
		expect(html).not.toContain('<img');
	});

	it('shows both earliest ends, one row per component with linked dates, and the compatibility findings', () => {
		const report = stackReport(
			products,
			{ platform: 'cloud-1.1', os: 'stream-os-a', runtime: 'containerd-2.1' },
			'2025-12-01'
		);
		const html = report
			? stackReportHtml(report, {
					today: '2025-12-01',
					headingLevel: 3,
					permalink: '/lifecycles/stack/x/',
				})
			: '';
		expect(html).toMatch(/data-earliest="standard".*<strong data-value>unknown<\/strong>/);
		expect(html).toMatch(/data-earliest="support".*<strong data-value>unknown<\/strong>/);
		expect(html.match(/<tr data-role=/g)).toHaveLength(3);
		expect(html).toContain('<a href="https://example.org/cloud/extended/">2027-09-01</a>');
		expect(html).toContain('<h3>Documented compatibility</h3>');
		expect(html).toContain('<a href="/lifecycles/stack/x/">Permanent page for this stack</a>');
	});
});
