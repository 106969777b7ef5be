import { z } from 'astro/zod';
import { calendarDate, factSource, kebabCase } from './common.ts';
import { runtimeProvisions } from './runtime-provisions.ts';

/**
 * What an OS ships and where it runs: one file per OS (content/releases/<id>.yaml, the id of its landscape entry
 * and, where it has one, of its lifecycle file). Every version names its source; a version no source gives is
 * left out, or written `unknown` where the source says the component ships but not which version.
 */
const shippedComponent = z.strictObject({
	/** The release (`1.7.21`), only the line (`1.7`) when the source names no patch, or `unknown`. */
	version: z
		.string({ error: 'expected a version written as text, e.g. "1.7.21" or "1.7"; quote it' })
		.regex(/^(\d+\.\d+(\.\d+)?|unknown)$/, {
			error: 'expected a version such as "1.7.21", a line such as "1.7", or unknown',
		}),
	source: factSource,
});

const kubernetesMinor = z
	.string({ error: 'expected a Kubernetes minor written as text, e.g. "1.35"; quote it' })
	.regex(/^\d+\.\d+$/, { error: 'expected a Kubernetes minor such as "1.35"' });

export const releaseStreamSchema = z.strictObject({
	/** How the OS names the stream or channel, e.g. `LTS-2024`, `Stable`, `1.13`. */
	name: z.string().min(1),
	/** The id of the stream's line in content/lifecycles/<id>.yaml; left out for a channel without one. */
	line: z.string().min(1).optional(),
	/** The newest release of the stream whose components were read at a source. */
	release: z
		.strictObject({ version: z.string().min(1), date: calendarDate, source: factSource })
		.optional(),
	/**
	 * Components of that release (of the stream as its source describes it, without a release). Where one is
	 * left out, the line's compatibility entry in the lifecycle file is used; Kubernetes only where the OS
	 * bundles it.
	 */
	ships: z
		.strictObject({
			containerd: shippedComponent.optional(),
			kernel: shippedComponent.optional(),
			kubernetes: shippedComponent.optional(),
		})
		.default({}),
	/** The Kubernetes minors the OS documents for the stream, where its lifecycle file does not list them. */
	supportsKubernetes: z
		.strictObject({ minors: z.array(kubernetesMinor).min(1), source: factSource })
		.optional(),
	notes: z.string().optional(),
});
export type ReleaseStream = z.output<typeof releaseStreamSchema>;

export const osReleasesSchema = z
	.strictObject({
		lastVerified: calendarDate,
		/** Where nodes of this OS run: lifecycle ids of Kubernetes platforms (`kubernetes` = self-managed upstream). */
		platforms: z.array(
			z.strictObject({ platform: kebabCase, source: factSource, notes: z.string().optional() })
		),
		/** How nodes get their container runtime; decides whether the stack calculator lets readers pick one. */
		runtime: z.strictObject({
			provision: z.enum(runtimeProvisions),
			source: factSource,
			notes: z.string().optional(),
		}),
		streams: z.array(releaseStreamSchema),
		notes: z.string().optional(),
	})
	.superRefine((data, context) => {
		const unique = <Item>(
			items: readonly Item[],
			key: (item: Item) => string | undefined,
			path: string,
			field: string
		) => {
			const seen = new Set<string>();
			items.forEach((item, index) => {
				const value = key(item);
				if (value === undefined) return;
				if (seen.has(value))
					context.addIssue({
						code: 'custom',
						path: [path, index, field],
						input: value,
						message: `expected a ${field} not used by another entry of ${path}`,
					});
				seen.add(value);
			});
		};
		unique(data.platforms, (entry) => entry.platform, 'platforms', 'platform');
		unique(data.streams, (stream) => stream.name, 'streams', 'name');
		unique(data.streams, (stream) => stream.line, 'streams', 'line');
	});
export type OsReleases = z.output<typeof osReleasesSchema>;
