import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsCollectionSchema } from './schemas/docs.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsCollectionSchema }),
};
