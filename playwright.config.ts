import { defineConfig, devices } from '@playwright/test';
import { findBrowser, launchOptionsFor } from './src/integrations/browser.ts';

// Not 4321, so a reader's own `npm start` can keep running beside the tests.
const port = Number(process.env['E2E_PORT'] ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		launchOptions: launchOptionsFor(findBrowser()),
	},
	webServer: {
		// --ignore-lock: run in the foreground beside any preview the developer already has open.
		command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
