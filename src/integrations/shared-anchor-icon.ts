import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { rehypeSharedAnchorIcon } from '#src/markdown/rehype-shared-anchor-icon.ts';

/**
 * Adds rehypeSharedAnchorIcon after the rehype plugins Starlight appends to the Markdown processor when it sets
 * up, so it sees the heading links Starlight made: list this integration after Starlight's.
 */
export function sharedAnchorIcon(): AstroIntegration {
	return {
		name: 'shared-anchor-icon',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const processor = config.markdown.processor;
				if (!isUnifiedProcessor(processor))
					throw new Error(
						'shared-anchor-icon needs the unified() Markdown processor, as astro.config.mjs sets it.'
					);
				processor.options.rehypePlugins.push(rehypeSharedAnchorIcon);
			},
		},
	};
}
