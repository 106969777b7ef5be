import { describe, expect, it } from 'vitest';
import { YamlSource } from '#src/content-source/yaml-source.ts';
import { checkPageSafety } from '#src/validation/rules/page-safety.ts';

const figureImport =
	"import Matrix from '../../../src/components/whitepaper/figures/container-os/PropertyMatrix.astro';\n\nText.\n";

const page = (file: string, collection: string, text: string) => ({
	file,
	pathInBase: file,
	collection,
	source: new YamlSource('title: x\n'),
	body: { text, line: 1 },
	data: undefined,
});

describe('page safety: imports', () => {
	it("lets a whitepaper import its own figures, which draw only from the version's data", () => {
		const paper = page('content/whitepapers/container-os/index.mdx', 'whitepapers', figureImport);
		expect(checkPageSafety(paper)).toEqual([]);
	});

	it('keeps guidance pages to the content components', () => {
		const guidance = page(
			'src/content/docs/guidance/overview.mdx',
			'docs',
			figureImport.replace('../../../', '../../../../')
		);
		expect(checkPageSafety(guidance).map((problem) => problem.expected)).toEqual([
			'an import from src/components/content/',
		]);
	});
});
