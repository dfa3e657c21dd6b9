import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the built site in dist/ (run `npm run build` first; `npm test` does).
 * Chromium comes from CHROME_PATH, which scripts/test.mjs sets after finding or installing one.
 */
// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.E2E_PORT ?? 4329);
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results/playwright',
	fullyParallel: true,
	// One worker per core, and at least two: most of a test's time is a browser waiting (for the
	// network to go quiet, for a page to stay idle), so two share a core well. E2E_WORKERS overrides.
	workers: Number(process.env.E2E_WORKERS ?? Math.max(2, availableParallelism())),
	retries: 0,
	reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		cwd: '..',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
