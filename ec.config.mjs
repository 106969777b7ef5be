// @ts-check
// Expressive Code's options live here rather than in astro.config.mjs because Starlight's <Code> component
// (used by src/components/content/PublishedFile.astro) can only load options from this file: a plugin object
// in the Astro config cannot be serialised to it.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { codeRegionLabels } from './src/markdown/expressive-code-region-labels.ts';

export default defineEcConfig({ plugins: [codeRegionLabels()] });
