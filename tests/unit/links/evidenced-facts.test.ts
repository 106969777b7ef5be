import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidencedFacts } from '#src/links/evidenced-facts.ts';

const root = 'tests/fixtures/sources/site';

describe('evidencedFacts', () => {
	const facts = evidencedFacts(root);

	it('finds every source written with evidence, landscape and lifecycle alike, and no bare URL', () => {
		expect(facts.map((fact) => `${fact.file} ${fact.field}`)).toEqual([
			'content/landscape/example-os.yaml sources.updateModel',
			'content/landscape/example-os.yaml sources.lts',
			'content/landscape/example-os.yaml sources.mac',
			'content/landscape/example-os.yaml sources.license',
			'content/landscape/example-os.yaml sources.runtimes',
			'content/landscape/example-os.yaml sources.init',
			'content/landscape/example-os.yaml sources.kubernetesVersions',
			'content/lifecycles/example-os.yaml lines.0.sources.released',
		]);
	});

	it('places each fact at its evidence quote, the line to change when the page changes', () => {
		for (const fact of facts) {
			const line = readFileSync(`${root}/${fact.file}`, 'utf8').split('\n')[fact.line - 1] ?? '';
			expect(line.slice(fact.column - 1)).toBe(`"${fact.evidence}"`);
		}
	});

	it('keeps the url and the day the quote was read', () => {
		expect(facts.find((fact) => fact.field === 'lines.0.sources.released')).toMatchObject({
			url: 'https://example.org/releases/',
			verified: '2026-11-20',
		});
	});
});
