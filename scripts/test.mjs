/**
 * `npm test`: every test, each stage started as soon as what it needs exists, so the two cores are
 * never idle while one slow stage runs:
 *
 *   unit and content tests (Vitest `unit`) ─────────────────────────┐
 *   build: Astro + Pagefind ──┬─ type check (astro check) ──────────┤
 *                             ├─ PDFs ── file checks on dist/ ──────┤
 *                             └─ end-to-end (Playwright) ── budgets ┴─ "N passed, N failed"
 *
 * - The unit tests need nothing built. Their real builds of broken content each use their own copy
 *   of the project (tests/support/build.ts), so they never meet the real build.
 * - The type check waits for the build because both write Astro's generated types in `.astro/`.
 * - The browser tests start once the pages and the search index exist, while the PDFs print; the
 *   PDF script swaps each page it links a PDF from in one rename, so no test reads half a page.
 * - The file checks (Vitest `dist`: valid HTML, links, the CSP meta, the PDFs) wait for the PDFs;
 *   the budgets (Vitest `budgets`) also wait for the browser's record of each page's one visit.
 *
 * Stages that run side by side keep their output until they end, then print it whole, so the log
 * reads one stage at a time; the browser tests print as they go. It ends with each stage's time,
 * the total, and one line, "N passed, N failed", counted from the runners' JSON reports.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const results = 'test-results';
const reports = {
	unit: `${results}/vitest.json`,
	dist: `${results}/vitest-dist.json`,
	budgets: `${results}/vitest-budgets.json`,
	e2e: `${results}/playwright.json`,
};
for (const file of Object.values(reports)) rmSync(file, { force: true });
rmSync(`${results}/visits`, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const started = Date.now();
const seconds = (from) => ((Date.now() - from) / 1000).toFixed(1);
const elapsed = () => (Date.now() - started) / 1000;
/** label → { ok, from, to } in seconds since the start, for the summary. */
const stages = new Map();

/**
 * Runs one stage. `live` streams its output; otherwise it is kept and printed whole when the stage
 * ends. Resolves true when it exits 0.
 */
function stage(label, command, args, { extraEnv = {}, live = false } = {}) {
	const from = Date.now();
	if (live) console.log(`\n── ${label} (started at ${seconds(started)} s) ──`);
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
		let output = '';
		if (!live) {
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
		}
		const finish = (status) => {
			const ok = status === 0;
			stages.set(label, { ok, from: (from - started) / 1000, to: elapsed() });
			if (!live) process.stdout.write(`\n── ${label} ──\n${output}`);
			console.log(`── ${label}: ${ok ? 'ok' : 'FAILED'} in ${seconds(from)} s ──`);
			resolve(ok);
		};
		child.on('error', (error) => {
			output += `${error.message}\n`;
			finish(1);
		});
		child.on('close', finish);
	});
}

/** A stage that could not run because one it needs failed. */
function skipped(label, because) {
	console.log(`\n── ${label}: not run, because ${because} failed ──`);
	stages.set(label, { ok: false, skipped: true });
	return false;
}

const vitest = (project) => ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--project', project];

// Chromium first: the PDFs and the browser tests need it.
let chromium;
try {
	chromium = await findChromium({ install: true });
	console.log(`Chromium: ${chromium}`);
} catch (error) {
	console.error(error.message);
}
const browserEnv = chromium ? { CHROME_PATH: chromium } : {};

const unit = stage('Unit and content tests (Vitest unit)', 'npx', vitest('unit'), { extraEnv: { VITEST_REPORT: reports.unit } });
const built = stage('Build (Astro + Pagefind)', 'sh', ['-c', 'npx astro build && node scripts/index-search.mjs']);

const afterBuild = built.then(async (ok) => {
	if (!ok) return [skipped('Type check (astro check)', 'the build'), skipped('PDFs', 'the build'), skipped('End-to-end tests (Playwright)', 'the build')];
	const types = stage('Type check (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
	const pdfs = chromium ? stage('PDFs', 'node', ['scripts/make-pdfs.mjs'], { extraEnv: browserEnv }) : Promise.resolve(skipped('PDFs', 'finding Chromium'));
	const e2e = chromium
		? stage('End-to-end tests (Playwright, built site)', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], { extraEnv: browserEnv, live: true })
		: Promise.resolve(skipped('End-to-end tests (Playwright)', 'finding Chromium'));
	const files = pdfs.then((ok) => (ok ? stage('File checks on dist/ (Vitest dist)', 'npx', vitest('dist'), { extraEnv: { VITEST_REPORT: reports.dist } }) : skipped('File checks on dist/ (Vitest dist)', 'the PDFs')));
	const budgets = Promise.all([pdfs, e2e]).then(([pdfsOk]) =>
		pdfsOk ? stage('Budgets (Vitest budgets)', 'npx', vitest('budgets'), { extraEnv: { VITEST_REPORT: reports.budgets } }) : skipped('Budgets (Vitest budgets)', 'the PDFs'),
	);
	return Promise.all([types, pdfs, e2e, files, budgets]);
});

const outcomes = [await unit, await built, ...(await afterBuild)];

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitestRuns = [reports.unit, reports.dist, reports.budgets].map(read).filter(Boolean);
const playwright = read(reports.e2e);
const vitestPassed = vitestRuns.reduce((t, r) => t + r.numPassedTests, 0);
const vitestFailed = vitestRuns.reduce((t, r) => t + r.numFailedTests, 0);
const e2ePassed = (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const e2eFailed = playwright?.stats?.unexpected ?? 0;
// A stage that failed without a failed test to show for it (a crash, a failed build, a stage that
// could not run) counts as one failure, so the last line can never read "0 failed" after one.
const counted = { 'Unit and content tests (Vitest unit)': reports.unit, 'File checks on dist/ (Vitest dist)': reports.dist, 'Budgets (Vitest budgets)': reports.budgets, 'End-to-end tests (Playwright, built site)': reports.e2e };
let uncounted = 0;
for (const [label, { ok }] of stages) {
	if (ok) continue;
	const report = counted[label] && read(counted[label]);
	const failedTests = report ? (report.numFailedTests ?? report.stats?.unexpected ?? 0) : 0;
	if (!failedTests) uncounted++;
}
if (!chromium) uncounted++;

const total = elapsed();
console.log('\nStage times (seconds from the start):');
for (const [label, s] of stages) console.log(s.skipped ? `  ${label}: not run` : `  ${label}: ${s.ok ? 'ok' : 'FAILED'}, ${s.from.toFixed(0)}–${s.to.toFixed(0)} s (${(s.to - s.from).toFixed(1)} s)`);
console.log(`  Total: ${total.toFixed(1)} s (${(total / 60).toFixed(1)} min)`);

const passed = vitestPassed + e2ePassed;
const failed = vitestFailed + e2eFailed + uncounted;
const skippedTests = vitestRuns.reduce((t, r) => t + r.numPendingTests, 0) + (playwright?.stats?.skipped ?? 0);
console.log(`\nVitest: ${vitestPassed} passed, ${vitestFailed} failed; Playwright: ${playwright ? `${e2ePassed} passed, ${e2eFailed} failed` : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed${skippedTests ? `, ${skippedTests} skipped` : ''}`);
process.exit(outcomes.every(Boolean) && chromium && failed === 0 ? 0 : 1);
