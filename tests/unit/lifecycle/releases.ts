import { globSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import type { OsReleasesFile } from '#src/lifecycle/shipped.ts';
import { osReleasesSchema } from '#src/schemas/releases.ts';
import type { RuntimeProvision } from '#src/schemas/runtime-provisions.ts';

/** The releases files of tests/fixtures/releases/, parsed the way the site parses them. */
export const fixtureReleases = (): OsReleasesFile[] =>
	globSync('*.yaml', { cwd: 'tests/fixtures/releases' })
		.sort()
		.map((file) => ({
			id: basename(file, '.yaml'),
			data: osReleasesSchema.parse(
				parse(readFileSync(`tests/fixtures/releases/${file}`, 'utf8'), { schema: 'core' })
			),
		}));

/** The fixture releases with the OS's runtime provided another way, e.g. installed by its users. */
export const withProvision = (
	releases: readonly OsReleasesFile[],
	provision: RuntimeProvision
): OsReleasesFile[] =>
	releases.map((file) => ({
		...file,
		data: { ...file.data, runtime: { ...file.data.runtime, provision } },
	}));
