import { definePlugin } from '@astrojs/starlight/expressive-code';

/**
 * Expressive Code turns a horizontally scrollable code block into a keyboard-focusable region at run time,
 * without a name, so a page with two such blocks has two identical landmarks. Each block's <pre> becomes a
 * region with a name that says what it is and where it stands on the page.
 */
export function codeRegionLabels() {
	return definePlugin({
		name: 'wg-sp-os:code-region-labels',
		hooks: {
			postprocessRenderedBlock: ({ codeBlock, renderData }) => {
				const position = codeBlock.parentDocument?.positionInDocument?.groupIndex;
				const number = position === undefined ? '' : ` ${position + 1}`;
				const language =
					codeBlock.language && codeBlock.language !== 'plaintext' ? `, ${codeBlock.language}` : '';
				const title = codeBlock.props.title ? `: ${codeBlock.props.title}` : '';
				const visit = (node: {
					type: string;
					tagName?: string;
					properties?: Record<string, unknown>;
					children?: unknown[];
				}) => {
					if (node.type === 'element' && node.tagName === 'pre' && node.properties) {
						// A name is allowed on a <pre> only with a role; a named region is what the block is.
						node.properties['role'] = 'region';
						node.properties['ariaLabel'] = `Code example${number}${language}${title}`;
					}
					for (const child of node.children ?? []) visit(child as typeof node);
				};
				visit(renderData.blockAst);
			},
		},
	});
}
