import { existsSync, globSync, readFileSync } from 'node:fs';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import SupportTimeline from '#src/components/content/SupportTimeline.astro';
import { paperDataSnapshotSchema } from '#src/schemas/paper-data.ts';
import { checkedSite } from '#src/validation/validate.ts';
import { entryIdOf } from '#src/content-source/entry-id.ts';
import {
	liveData,
	snapshotData,
	snapshotFile,
	type PaperData,
} from '#src/whitepapers/paper-data.ts';
import { whitepaperEntryId } from '#src/whitepapers/versions.ts';

/**
 * Frozen means frozen: a published version's text, tables and figures must not move when content/ does. Each
 * frozen version (content/whitepapers/<slug>/versions/*.mdx) is rendered twice, as its page renders it, against
 * the repository's data and against the same data with every date and name changed; the two must be identical.
 * A component that reads live collections instead of the version's snapshot, or a frozen version without its
 * snapshot, makes them differ. Comparing two renders, rather than a stored copy of the page, keeps the test
 * about data: a change to a component's markup changes both renders alike.
 */
type Entry = { id: string; data: unknown };
const live = vi.hoisted(() => ({ collections: new Map<string, Entry[]>() }));
vi.mock('astro:content', () => ({
	getCollection: async (name: string) => live.collections.get(name) ?? [],
	getEntry: async (name: string, id: string) =>
		live.collections.get(name)?.find((entry) => entry.id === id),
}));

const collectionNames = ['lifecycles', 'landscape', 'releases'] as const;
const site = checkedSite(process.cwd());
const current = new Map(
	collectionNames.map((name) => [
		name,
		(site.files.get(name) ?? []).map((file) => ({
			id: entryIdOf(file.pathInBase),
			data: file.data,
		})),
	])
);

/** Every date a year later (the 28th at most, so each stays a real day) and every name changed. */
function moved(value: unknown, key?: string): unknown {
	if (typeof value === 'string') {
		const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		if (date)
			return `${Number(date[1]) + 1}-${date[2]}-${String(Math.min(Number(date[3]), 28)).padStart(2, '0')}`;
		return key === 'name' ? `${value} (moved on)` : value;
	}
	if (Array.isArray(value)) return value.map((item) => moved(item));
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, moved(item, name)]));
}
const movedOn = new Map(
	[...current].map(([name, entries]) => [
		name,
		entries.map((entry) => ({ id: entry.id, data: moved(entry.data) })),
	])
);

/** What the page hands the version (src/whitepapers/load.ts): its snapshot, or live data when it has none. */
function paperDataOf(slug: string, version: string): PaperData {
	const file = snapshotFile(slug, version);
	if (existsSync(file))
		return snapshotData(paperDataSnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
	const entries = <Data>(name: string) =>
		(live.collections.get(name) ?? []) as { id: string; data: Data }[];
	return liveData(
		{
			lifecycles: entries('lifecycles'),
			landscape: entries<Record<string, unknown>>('landscape').map(({ id, data }) => ({
				id,
				...data,
			})) as PaperData['landscape'],
			releases: entries('releases'),
		},
		'2026-12-04'
	);
}

async function renderWith(collections: Map<string, Entry[]>, render: () => Promise<string>) {
	live.collections = collections;
	return render();
}

const frozenVersions = globSync('content/whitepapers/*/versions/*.mdx').sort();

describe('frozen whitepaper versions', () => {
	it('the moved-on data changes what a component reading live data draws', async () => {
		const container = await AstroContainer.create();
		const draw = () =>
			container.renderToString(SupportTimeline, {
				props: { products: ['kubernetes'], today: '2026-12-04' },
			});
		expect(await renderWith(movedOn, draw)).not.toBe(await renderWith(current, draw));
	});

	it.each(frozenVersions)('%s renders the same whatever content/ holds', async (file) => {
		const [slug = '', version = ''] = whitepaperEntryId(
			file.replace('content/whitepapers/', '')
		).split('/');
		const container = await AstroContainer.create();
		container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
		const { default: Content } = (await import(/* @vite-ignore */ `/${file}`)) as {
			default: Parameters<typeof container.renderToString>[0];
		};
		const render = async () =>
			container.renderToString(Content, { props: { paperData: paperDataOf(slug, version) } });
		const withToday = await renderWith(current, render);
		const withMovedOn = await renderWith(movedOn, render);
		expect(withToday.length).toBeGreaterThan(10_000);
		expect(withMovedOn).toBe(withToday);
	});
});
