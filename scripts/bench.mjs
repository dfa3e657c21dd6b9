/**
 * `npm run bench`: how the build and the site scale. Figures to report, not a timed test.
 *
 * Builds the real site, then synthetic sites of about 1,000 and 5,000 modules (made by
 * scripts/generate-content.mjs in a temporary folder, never committed), and for each reports:
 * HTML pages written, pages per second (Astro + Pagefind), wall time, peak memory of the build
 * (the whole process tree), output size, Pagefind index size and what a first search downloads.
 * Then Lighthouse (mobile, all four categories) on one page of each template of the real site.
 * Results, with the machine and date, replace the Performance section of README.md.
 *
 *   npm run bench                # all of it
 *   npm run bench -- --sizes 1000 --no-lighthouse
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { generate } from './generate-content.mjs';
import { serveDir } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const sizes = argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1].split(',').map(Number) : [1000, 5000];
const withLighthouse = !argv.includes('--no-lighthouse');
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Sum of the resident memory of every process in a process group, in bytes. */
function groupRss(pgid) {
	let total = 0;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) !== pgid) continue; // field 5 of stat: process group
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
			if (rss) total += Number(rss[1]) * 1024;
		} catch {
			// the process ended between listing and reading
		}
	}
	return total;
}

/** Runs a command in its own process group; returns wall time, peak memory of the group and output. */
function measure(command, args, env = {}) {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, detached: true });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, groupRss(child.pid))), 100);
		child.on('close', (status) => {
			clearInterval(timer);
			resolve({ status, seconds: (performance.now() - started) / 1000, peak, output });
		});
	});
}

function walk(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}
const bytesOf = (files) => files.reduce((t, f) => t + statSync(f).size, 0);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a first search downloads (gzip of the built files), up to its first page of results. */
async function firstSearch(dir, query, chromium) {
	const { chromium: playwright } = await import('playwright-core');
	const { server, origin } = await serveDir(dir);
	const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
	try {
		const page = await browser.newPage();
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		const fetched = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.fill('#search-query', query);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		const status = await page.textContent('#search-status');
		const bytes = fetched.reduce((t, p) => {
			const file = join(dir, p);
			return existsSync(file) && statSync(file).isFile() ? t + gzipSync(readFileSync(file), { level: 9 }).length : t;
		}, 0);
		return { bytes, requests: fetched.length, status };
	} finally {
		await browser.close();
		server.close();
	}
}

async function buildSite(label, contentDir, chromium, query) {
	const work = mkdtempSync(join(tmpdir(), 'many-roles-bench-'));
	const outDir = join(work, 'dist');
	const env = { ASTRO_CACHE_DIR: join(work, 'cache'), ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
	log(`${label}: astro build…`);
	const astro = await measure('npx', ['astro', 'build', '--outDir', outDir], env);
	if (astro.status !== 0) throw new Error(`${label}: the build failed\n${astro.output.slice(-3000)}`);
	log(`${label}: astro build took ${astro.seconds.toFixed(1)} s (peak ${mb(astro.peak)}); pagefind…`);
	const pagefind = await measure('npx', ['node', 'scripts/index-search.mjs', '--site', outDir]);
	if (pagefind.status !== 0) throw new Error(`${label}: pagefind failed\n${pagefind.output.slice(-3000)}`);
	const files = walk(outDir);
	const pages = files.filter((f) => f.endsWith('.html')).length;
	// Printable handouts are real pages too, but cheap ones: report them apart, so the reading
	// pages' own speed stays visible.
	const printable = files.filter((f) => f.endsWith('.html') && f.startsWith(`${join(outDir, 'print')}/`)).length;
	const seconds = astro.seconds + pagefind.seconds;
	const row = {
		label,
		pages,
		seconds,
		pagesPerSecond: pages / seconds,
		printable,
		readingPerSecond: (pages - printable) / seconds,
		peak: Math.max(astro.peak, pagefind.peak),
		astroPeak: astro.peak,
		pagefindPeak: pagefind.peak,
		output: bytesOf(files),
		index: bytesOf(files.filter((f) => f.includes(`${join(outDir, 'pagefind')}/`))),
		search: chromium ? await firstSearch(outDir, query, chromium) : undefined,
	};
	log(`${label}: ${pages} pages in ${seconds.toFixed(1)} s = ${row.pagesPerSecond.toFixed(0)} pages/s, peak ${mb(row.peak)}, output ${mb(row.output)}, index ${mb(row.index)}${row.search ? `, first search ${kb(row.search.bytes)} in ${row.search.requests} requests` : ''}`);
	return { row, outDir, work };
}

async function lighthouse(dir, chromium) {
	const { server, origin } = await serveDir(dir);
	const pages = ['/', '/roles/', '/roles/community-builder/', '/skills/', '/skills/building-trust/', '/challenges/tokenism/', '/guides/co-production/', '/modules/', '/modules/the-four-roles/', '/paths/getting-started/', '/glossary/', '/search/', '/about/'];
	const results = [];
	try {
		for (const [i, path] of pages.entries()) {
			log(`Lighthouse ${i + 1} of ${pages.length}: ${path}`);
			const run = await measure('npx', ['lighthouse', `${origin}${path}`, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`], { CHROME_PATH: chromium });
			try {
				const report = JSON.parse(run.output.slice(run.output.indexOf('{')));
				const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
				results.push({ path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
			} catch {
				results.push({ path, error: run.output.slice(-300) });
			}
		}
	} finally {
		server.close();
	}
	return results;
}

function report(rows, scores, started, pdfs) {
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB memory, Node ${process.version}`;
	const lines = [
		`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`npm run bench\` in ${((performance.now() - started) / 60000).toFixed(1)} minutes.`,
		'',
		'| site | HTML pages (printable) | build + index | pages/s (reading pages alone) | peak memory: Astro, Pagefind | output | search index | first search |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...rows.map((r) => `| ${r.label} | ${r.pages} (${r.printable}) | ${r.seconds.toFixed(1)} s | ${r.pagesPerSecond.toFixed(0)} (${r.readingPerSecond.toFixed(0)}) | ${mb(r.astroPeak)}, ${mb(r.pagefindPeak)} | ${mb(r.output)} | ${mb(r.index)} | ${r.search ? `${kb(r.search.bytes)}, ${r.search.requests} requests` : 'not measured'} |`),
		'',
		'Targets: at least 100 HTML pages/s at 5,000 modules including Pagefind; output growing in line with the content; peak memory at most 2 GB without raising Node\'s heap limit; a first search at most 80 KB.',
		'',
		pdfs ? `PDFs of the real site's handouts, timed apart from the pages: ${pdfs.count} PDFs (A4 and US Letter) in ${pdfs.seconds.toFixed(1)} s, ${mb(pdfs.bytes)} in all, peak memory ${mb(pdfs.peak)} (target: under two minutes).` : 'PDFs: not measured (no Chromium found).',
	];
	if (rows.length > 1) {
		const perPage = rows.map((r) => `${r.label}: ${kb(r.output / r.pages)} per page`).join('; ');
		lines.push('', `Output per HTML page (flat means linear growth): ${perPage}.`);
	}
	if (scores.length) {
		lines.push('', 'Lighthouse, mobile, on one page of each template of the real site:', '', '| page | performance | accessibility | best practices | SEO |', '| --- | ---: | ---: | ---: | ---: |');
		for (const s of scores) lines.push(s.error ? `| ${s.path} | failed: ${s.error.replace(/\s+/g, ' ').slice(0, 80)} | | | |` : `| ${s.path} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`);
	}
	return lines.join('\n');
}

const started = performance.now();
let chromium;
try {
	chromium = await findChromium();
} catch (error) {
	log(`${error.message} First-search sizes and Lighthouse are skipped.`);
}
const rows = [];
const real = await buildSite('real site', undefined, chromium, 'carer');
// PDFs only for the real site, and timed apart: the page figures are Astro and Pagefind alone.
let pdfs;
if (chromium) {
	log('real site: making the handouts\' PDFs…');
	const made = await measure('npx', ['node', 'scripts/make-pdfs.mjs', '--dist', real.outDir], { CHROME_PATH: chromium });
	if (made.status !== 0) throw new Error(`the PDFs failed\n${made.output.slice(-3000)}`);
	const files = walk(join(real.outDir, 'handouts')).filter((f) => f.endsWith('.pdf'));
	pdfs = { count: files.length, seconds: made.seconds, bytes: bytesOf(files), peak: made.peak };
	log(`real site: ${pdfs.count} PDFs in ${pdfs.seconds.toFixed(1)} s, ${mb(pdfs.bytes)}`);
}
rows.push(real.row);
for (const size of sizes) {
	const work = mkdtempSync(join(tmpdir(), `many-roles-content-${size}-`));
	log(`generating ${size} modules…`);
	generate({ modules: size, out: join(work, 'content'), log });
	const built = await buildSite(`${size} modules`, join(work, 'content'), chromium, 'kestrelamberamber');
	rows.push(built.row);
	rmSync(built.work, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
}
const scores = withLighthouse && chromium ? await lighthouse(real.outDir, chromium) : [];
rmSync(real.work, { recursive: true, force: true });

const text = report(rows, scores, started, pdfs);
console.log(`\n${text}\n`);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
	writeFileSync(join(root, 'README.md'), `${readme.slice(0, readme.indexOf(start) + start.length)}\n${text}\n${readme.slice(readme.indexOf(end))}`);
	log('README.md Performance section updated.');
}
