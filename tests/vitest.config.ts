import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: plain TypeScript in src/lib and src/schemas (parsed through the real schemas), the real
 *   content, and real builds of broken or reordered content. Needs nothing built; `npm test` runs
 *   it beside the build.
 * - `dist`: checks that read the finished site in dist/ as files (valid HTML, links, the
 *   Content-Security-Policy meta, the PDFs), so they need no browser. They run once the PDFs are made.
 * - `budgets`: the page budgets, from the finished files and what the browser fetched on each
 *   page's one visit (tests/e2e/every-page.spec.ts), so they run after the end-to-end tests.
 */
export default defineConfig({
	root: new URL('..', import.meta.url).pathname,
	test: {
		// npm test runs these beside a build and a browser on two cores: a test that takes 1 s alone
		// (the lint of src/, reading every content file) can take 10 there.
		testTimeout: 30_000,
		// Removing a real build's copy of the project (tests/build/) can take over 10 s under that load.
		hookTimeout: 60_000,
		// npm test runs the projects at different times, each with its own report.
		reporters: ['default', ['json', { outputFile: process.env.VITEST_REPORT ?? 'test-results/vitest.json' }]],
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'] } },
			{ extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], exclude: ['tests/dist/budgets.test.ts'] } },
			{ extends: true, test: { name: 'budgets', include: ['tests/dist/budgets.test.ts'] } },
		],
	},
});
