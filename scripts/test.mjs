/**
 * `npm test`: every test, in the order that makes sense.
 *   0. type check (astro check: TypeScript in .ts and .astro files);
 *   1. unit and content tests (Vitest), including builds of broken content that must fail;
 *   2. Chromium: found, or installed where possible (scripts/find-chromium.mjs);
 *   3. the real build (Astro + Pagefind + the handouts' PDFs), since the end-to-end tests run against dist/;
 *   4. end-to-end tests (Playwright) against the built site.
 * It always ends with one line, "N passed, N failed", counted from the runners' JSON reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const results = 'test-results';
rmSync(`${results}/vitest.json`, { force: true });
rmSync(`${results}/playwright.json`, { force: true });
mkdirSync(results, { recursive: true });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (label, command, args, extraEnv = {}) => {
	console.log(`\n── ${label} ──`);
	const started = Date.now();
	const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
	console.log(`── ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ──`);
	return status === 0;
};

/** A stage that failed without a failed test to show for it (a crash, a failed build) counts as one failure. */
let uncounted = 0;

const typesOk = run('Type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
if (!typesOk) uncounted++;
const unitOk = run('Unit and content tests (Vitest)', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts']);
// Chromium first: the build prints the handouts to PDF with it, and the browser tests use it.
let chromium;
try {
	chromium = await findChromium({ install: true });
	console.log(`\nChromium: ${chromium}`);
} catch (error) {
	console.error(`\n${error.message}`);
	uncounted++;
}
const buildOk = run('Build (Astro + Pagefind + PDFs)', 'npm', ['run', 'build', '--silent'], chromium ? { CHROME_PATH: chromium } : {});
if (!buildOk) uncounted++;

let e2eOk = false;
if (buildOk) {
	if (chromium) {
		e2eOk = run('End-to-end tests (Playwright, built site)', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], { CHROME_PATH: chromium });
	}
} else {
	console.error('\nThe build failed, so the end-to-end tests did not run.');
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read(`${results}/vitest.json`);
const playwright = read(`${results}/playwright.json`);
const vitestFailed = vitest?.numFailedTests ?? 0;
const e2eFailed = playwright?.stats?.unexpected ?? 0;
if (!unitOk && !vitestFailed) uncounted++;
if (buildOk && !e2eOk && !e2eFailed) uncounted++;

const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = vitestFailed + e2eFailed + uncounted;
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);
console.log(`\nVitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitestFailed} failed` : 'no report'}; Playwright: ${playwright ? `${playwright.stats.expected} passed, ${e2eFailed} failed` : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(typesOk && unitOk && buildOk && e2eOk ? 0 : 1);
