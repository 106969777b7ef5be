import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { expect, test } from './fixtures.ts';

const dataFiles = readdirSync('content/landscape').filter((file) => file.endsWith('.yaml'));
const entries = dataFiles.map((file) => ({
	id: file.replace(/\.yaml$/, ''),
	...parse(readFileSync(`content/landscape/${file}`, 'utf8')),
}));

test('the JSON export validates against its published JSON Schema and lists every OS', async ({
	request,
}) => {
	const schema = await (await request.get('/landscape.schema.json')).json();
	const data = await (await request.get('/landscape.json')).json();
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	const validate = ajv.compile(schema);
	expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
	expect(data.entries.map((entry: { id: string }) => entry.id).sort()).toEqual(
		entries.map((entry) => entry.id).sort()
	);
});

test('the CSV export has a header and one row per OS', async ({ request }) => {
	const csv = await (await request.get('/landscape.csv')).text();
	const lines = csv.trim().split('\r\n');
	expect(lines[0]).toMatch(/^id,name,lastVerified,homepage,homepageSource,/);
	expect(lines).toHaveLength(entries.length + 1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the matrix is a complete table, each filled cell linked to its source', async ({
		page,
	}) => {
		await page.goto('/landscape/');
		const rows = page.locator('[data-landscape-table] tbody tr');
		await expect(rows).toHaveCount(entries.length);
		await expect(page.locator('[data-landscape-filters]')).toBeHidden();
		const flatcar = entries.find((entry) => entry.id === 'flatcar');
		const updateCell = page.locator('tr[data-id="flatcar"] td').nth(2).getByRole('link');
		await expect(updateCell).toHaveAttribute('href', flatcar.sources.updateModel.url);
	});
});

test('filtering shows only matching rows and puts the filter in the URL', async ({ page }) => {
	await page.goto('/landscape/');
	const expected = entries
		.filter((entry) => entry.lts === 'yes')
		.map((entry) => entry.id)
		.sort();
	await page.getByLabel('LTS channel').selectOption('yes');
	await expect(page).toHaveURL(/[?&]lts=yes\b/);
	const visible = page.locator('[data-landscape-table] tbody tr:visible');
	await expect(visible).toHaveCount(expected.length);
	expect(
		(
			await visible.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['id']))
		).sort()
	).toEqual(expected);
	await expect(page.getByRole('status')).toHaveText(
		`Showing ${expected.length} of ${entries.length} operating systems.`
	);
});

test('a linked URL with filters and a sort order restores them', async ({ page }) => {
	const expected = entries.filter(
		(entry) => entry.lifecycle === 'active' && entry.updateModel === 'ab-partitions'
	);
	await page.goto('/landscape/?lifecycle=active&updateModel=ab-partitions&sort=name&order=desc');
	await expect(page.getByLabel('Update model')).toHaveValue('ab-partitions');
	await expect(page.getByLabel('Lifecycle')).toHaveValue('active');
	const names = await page.locator('[data-landscape-table] tbody tr:visible th').allTextContents();
	expect(names.map((name) => name.trim())).toEqual(
		expected.map((entry) => entry.name).sort((a, b) => b.localeCompare(a, 'en'))
	);
	await expect(page.getByRole('columnheader', { name: 'Operating system' })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
});

test('each OS page shows every field with its source and links back into the guidance', async ({
	page,
}) => {
	const talos = entries.find((entry) => entry.id === 'talos');
	await page.goto('/landscape/talos/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(talos.name);
	await expect(page.locator('main')).toContainText(
		`Last verified against its sources on ${talos.lastVerified}`
	);
	await expect(
		page.locator('.fields a[href="' + talos.sources.updateModel.url + '"]').first()
	).toBeVisible();
	// Each sourced value shows the words of its source and the day they were read; closed sets their rule.
	await expect(page.locator('.fields .evidence blockquote').first()).toBeVisible();
	await expect(page.locator('.fields .evidence time').first()).toHaveAttribute(
		'datetime',
		/^\d{4}-\d{2}-\d{2}$/
	);
	await expect(page.locator('.fields .definition').first()).toBeVisible();
	const guidanceLinks = page.locator('#guidance + ul a');
	expect(await guidanceLinks.count()).toBeGreaterThan(0);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the matrix explains every value of every closed set', async ({ page }) => {
		await page.goto('/landscape/');
		const fields = page.locator('section.value-legend details');
		expect(await fields.count()).toBeGreaterThan(10);
		const updateModel = page.locator('#values-updateModel');
		await updateModel.locator('summary').click();
		await expect(updateModel.getByText('A/B partitions', { exact: true })).toBeVisible();
	});
});

test('the JSON exports carry evidence and a verified date for at least 95 % of known facts', async ({
	request,
}) => {
	const landscape = await (await request.get('/landscape.json')).json();
	const known = landscape.entries.flatMap(
		(entry: { sources: Record<string, { evidence?: string; verified?: string }> }) =>
			Object.values(entry.sources)
	);
	const withEvidence = known.filter(
		(source: { evidence?: string; verified?: string }) => source.evidence && source.verified
	);
	expect(withEvidence.length / known.length).toBeGreaterThanOrEqual(0.95);
	const lifecycles = await (await request.get('/lifecycles.json')).json();
	const dates = Object.values(lifecycles.products).flatMap((product) =>
		(product as { lines: { sources: Record<string, { evidence?: string }> }[] }).lines.flatMap(
			(line) => Object.values(line.sources)
		)
	);
	expect(dates.length).toBeGreaterThan(100);
	expect(dates.filter((source) => source.evidence).length / dates.length).toBeGreaterThanOrEqual(
		0.95
	);
});

test('an OS page with a releases file shows what its streams ship and the warnings computed from it', async ({
	page,
}) => {
	const releases = parse(readFileSync('content/releases/flatcar.yaml', 'utf8'), { schema: 'core' });
	const lts = releases.streams.find(
		(stream: { line?: string }) => stream.line === 'LTS-2024 (4081)'
	);
	await page.goto('/landscape/flatcar/');
	await expect(page.locator('#releases')).toHaveText('What its releases ship');
	const row = page.locator('table.shipped-releases tbody tr', { hasText: lts.name });
	// Cells: release read, containerd, kernel, Kubernetes shipped, Kubernetes supported, notes.
	await expect(row.locator('td').nth(1).locator('a')).toHaveText(lts.ships.containerd.version);
	await expect(row.locator('td').nth(1).locator('a')).toHaveAttribute(
		'href',
		lts.ships.containerd.source.url
	);
	await expect(page.locator('.shipped-warnings li').first()).toContainText(
		'Flatcar Container Linux LTS-2024 ships containerd'
	);
	// An OS with no releases file has no such section.
	await page.goto('/landscape/kairos/');
	await expect(page.locator('#releases')).toHaveCount(0);
});

test('the LTS guidance page lists the computed warnings by OS, each linking to its OS page', async ({
	page,
}) => {
	await page.goto('/guidance/lts/');
	const warnings = page.locator('[data-shipped-warnings]');
	await expect(
		warnings.locator('section[data-os="flatcar"] .shipped-warnings li').first()
	).toBeVisible();
	await expect(warnings.locator('a[href$="/landscape/flatcar/#releases"]')).toBeVisible();
});
