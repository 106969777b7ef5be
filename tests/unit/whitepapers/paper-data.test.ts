import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCollections } from '#src/collections.ts';
import { validateContent } from '#src/validation/validate.ts';
import type { LifecycleProduct } from '#src/lifecycle/support.ts';
import type { LandscapeOs } from '#src/schemas/landscape.ts';
import type { PaperDataSnapshot } from '#src/schemas/paper-data.ts';
import {
	liveData,
	snapshotData,
	snapshotEntryId,
	snapshotFile,
	snapshotId,
} from '#src/whitepapers/paper-data.ts';

const product = (id: string, name: string, kind: string) =>
	({ id, data: { name, kind } }) as unknown as LifecycleProduct;
const os = (id: string, name: string, lifecycle: string) =>
	({ id, name, lifecycle }) as unknown as LandscapeOs;

describe('paper data', () => {
	it('names a snapshot after its paper and version, as the frozen version is named', () => {
		expect(snapshotFile('lts', '0.1.0')).toBe('content/whitepapers/lts/data/0.1.0.json');
		expect(snapshotEntryId('lts/data/0.1.0.json')).toBe('lts/0.1.0');
		expect(snapshotId('lts', '0.1.0')).toBe('lts/0.1.0');
	});

	it('reads a snapshot as entries with ids, in the site order, and keeps its day and commit', () => {
		const snapshot = {
			asOf: '2026-11-27',
			takenFrom: { commit: '546f356' },
			landscape: {
				talos: { name: 'Talos Linux', lifecycle: 'active' },
				k3os: { name: 'k3OS', lifecycle: 'end-of-life' },
				flatcar: { name: 'Flatcar', lifecycle: 'active' },
			},
		} as unknown as PaperDataSnapshot;
		const data = snapshotData(snapshot);
		expect(data).toMatchObject({ source: 'snapshot', asOf: '2026-11-27', commit: '546f356' });
		expect(data.landscape.map((entry) => entry.id)).toEqual(['flatcar', 'talos', 'k3os']);
		expect(data.lifecycles).toEqual([]);
		expect(data.releases).toEqual([]);
	});

	it('marks live data as live, as of the build date, with no commit', () => {
		const data = liveData(
			{
				lifecycles: [
					product('talos', 'Talos', 'os'),
					product('kubernetes', 'Kubernetes', 'orchestrator'),
				],
				landscape: [os('talos', 'Talos Linux', 'active')],
				releases: [],
			},
			'2026-12-04'
		);
		expect(data.source).toBe('live');
		expect(data.asOf).toBe('2026-12-04');
		expect('commit' in data).toBe(false);
		expect(data.lifecycles.map((entry) => entry.id)).toEqual(['kubernetes', 'talos']);
	});
});

describe('paper data snapshots in the checker', () => {
	it('reports a broken snapshot by file, line and field, like any content file', () => {
		const root = mkdtempSync(join(tmpdir(), 'paper-data-'));
		mkdirSync(join(root, 'content/whitepapers/lts/data'), { recursive: true });
		writeFileSync(
			join(root, 'content/whitepapers/lts/data/0.1.0.json'),
			'{\n\t"asOf": "2026-11-27",\n\t"takenFrom": { "commit": "546f356" },\n\t"lifecycles": { "kubernetes": { "name": "Kubernetes" } }\n}\n'
		);
		const paperData = contentCollections.filter((spec) => spec.name === 'paperData');
		const problems = validateContent({ root, collections: paperData });
		expect(problems.length).toBeGreaterThan(0);
		expect(
			problems.every((problem) => problem.file === 'content/whitepapers/lts/data/0.1.0.json')
		).toBe(true);
		expect(problems.every((problem) => problem.line === 4)).toBe(true);
		expect(problems.map((problem) => problem.field)).toContain('lifecycles.kubernetes.kind');
	});
});
