/**
 * `npm run bench`: how the build and the site scale. Figures to report, not a timed test.
 *
 * Builds the real site, then synthetic sites of about 1,000 and 5,000 modules (made by
 * scripts/generate-content.mjs in a temporary folder, never committed), and for each reports:
 * HTML pages written, pages per second (Astro + Pagefind), wall time, CPU time and peak memory of
 * the build (the whole process tree), output size, Pagefind index size and what a first search
 * downloads. Then Lighthouse (mobile, all four categories) on one page of each template of the real site.
 *
 * The peer: the same content built by Astro Starlight (scripts/bench-starlight.mjs: pinned
 * versions installed on demand into a temporary folder, never a project dependency), fed the text
 * of every page our build indexes for search, as rendered by our build, so both sites carry the
 * same text (checked, page by page, after Starlight's build). Runs alternate, ours then
 * Starlight's, and each figure is the median; the table gives ours ÷ Starlight's.
 * Results, with the machine, its load and the date, replace the Performance section of README.md.
 *
 *   npm run bench                # all of it
 *   npm run bench -- --sizes 1000 --runs 3 --no-lighthouse --no-pdfs
 *   npm run bench -- --no-real --sizes 5000 --runs 1 --no-peer --no-readme
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
import { compareText, installStarlight, pagesOf as starlightPages, starlightVersions, writeProject } from './bench-starlight.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const sizes = argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1].split(',').map(Number).filter(Boolean) : [1000, 5000];
const withLighthouse = !argv.includes('--no-lighthouse');
const withPdfs = !argv.includes('--no-pdfs');
const withPeer = !argv.includes('--no-peer');
/** Runs of each build, alternating ours and Starlight's; the figures are medians. */
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;
/** Runs at the largest size (slow: one is enough to see its memory). */
const runsAtScale = (size) => (size >= 5000 ? 1 : runs);
/**
 * Starlight is left out from 5,000 modules: its default sidebar lists every page on every page,
 * so its output grows with the square of the pages (at 1,000 modules it already wrote most of its
 * bytes as sidebar), which measures the sidebar rather than the build.
 */
const peerAt = (size) => withPeer && size < 5000;
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

const ticks = 100; // clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux)

/**
 * One look at a process group and every descendant of its processes, whatever their group (Chromium,
 * started by Playwright, runs in a group of its own): the resident memory of all of them together,
 * the largest of one process (with its command's name), and each one's CPU time so far (user + system).
 */
function sampleGroup(pgid, cpu) {
	const procs = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// fields 4, 5, 14 and 15 of stat: parent, process group, utime, stime
			procs.push({ pid: name, ppid: fields[1], pgid: Number(fields[2]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks, name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
		} catch {
			// the process ended between listing and reading
		}
	}
	const ours = new Set(procs.filter((p) => p.pgid === pgid).map((p) => p.pid));
	for (let grew = true; grew; ) {
		grew = false;
		for (const p of procs) if (!ours.has(p.pid) && ours.has(p.ppid)) grew = ours.add(p.pid) && true;
	}
	let total = 0;
	let largest = { rss: 0, name: '' };
	for (const p of procs.filter((p) => ours.has(p.pid))) {
		cpu.set(p.pid, p.cpu);
		try {
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
			if (!rss) continue;
			const bytes = Number(rss[1]) * 1024;
			total += bytes;
			if (bytes > largest.rss) largest = { rss: bytes, name: p.name };
		} catch {
			// ended meanwhile
		}
	}
	return { total, largest };
}

/** The machine's load average over the last minute, read at the start and end of each run. */
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/**
 * Runs a command in its own process group; returns wall time, CPU time of every process in the
 * group (sampled every 100 ms, so a process that lives less than that is missed), peak memory of
 * the group and of its largest process, the load average around it, and the output.
 */
function measure(command, args, env = {}, cwd = root) {
	return new Promise((resolve) => {
		const started = performance.now();
		const loadBefore = load();
		const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, detached: true });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		let largest = { rss: 0, name: '' };
		const cpu = new Map();
		const timer = setInterval(() => {
			const sample = sampleGroup(child.pid, cpu);
			peak = Math.max(peak, sample.total);
			if (sample.largest.rss > largest.rss) largest = sample.largest;
		}, 100);
		child.on('close', (status) => {
			clearInterval(timer);
			const cpuSeconds = [...cpu.values()].reduce((t, s) => t + s, 0);
			resolve({ status, seconds: (performance.now() - started) / 1000, cpu: cpuSeconds, peak, largest, load: (loadBefore + load()) / 2, output });
		});
	});
}

/** Milliseconds Astro says it spent on each page ("├─ /roles/x/index.html (+12ms)"), by address. */
function pageTimes(output) {
	const times = new Map();
	for (const [, file, ms, unit] of output.matchAll(/[├└]─ (\S+) \(\+([\d.]+)\s*(ms|s)\)/g)) times.set(file.replace(/index\.html$/, '').replace(/\.html$/, '/'), Number(ms) * (unit === 's' ? 1000 : 1));
	return times;
}

function walk(dir) {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}
const bytesOf = (files) => files.reduce((t, f) => t + statSync(f).size, 0);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const median = (values) => {
	const sorted = [...values].sort((x, y) => x - y);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Gzip size of the built file behind each local address fetched. */
function gzipOf(dir, paths) {
	return paths.reduce((t, p) => {
		const inside = decodeURIComponent(p);
		const file = join(dir, inside.endsWith('/') ? `${inside}index.html` : inside);
		return existsSync(file) && statSync(file).isFile() ? t + gzipSync(readFileSync(file), { level: 9 }).length : t;
	}, 0);
}

/**
 * What a reader downloads (gzip of the built files): the first visit to each of `pages` (an empty
 * cache, everything fetched until the page's load event, summed), and a first search for `query`
 * up to its first results. Ours searches on /search/; Starlight's in its search dialog, which any
 * page opens. The search counts what is fetched after the page has loaded and gone quiet.
 */
async function readerBytes(dir, pages, query, chromium, kind) {
	const { chromium: playwright } = await import('playwright-core');
	const { server, origin } = await serveDir(dir);
	const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
	try {
		let visit = 0;
		for (const path of pages) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const fetched = [];
			page.on('request', (r) => new URL(r.url()).origin === origin && fetched.push(new URL(r.url()).pathname));
			await page.goto(`${origin}${path}`, { waitUntil: 'load' });
			visit += gzipOf(dir, fetched);
			await context.close();
		}
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}${kind === 'ours' ? '/search/' : '/'}`, { waitUntil: 'networkidle' });
		const fetched = [];
		page.on('request', (r) => new URL(r.url()).origin === origin && fetched.push(new URL(r.url()).pathname));
		let results;
		if (kind === 'ours') {
			await page.fill('#search-query', query);
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 30_000 });
			results = await page.textContent('#search-status');
		} else {
			await page.click('site-search button[data-open-modal]');
			await page.fill('site-search input', query);
			await page.waitForSelector('.pagefind-ui__result, .pagefind-ui__message', { timeout: 30_000 });
			await page.waitForLoadState('networkidle');
			results = await page.locator('.pagefind-ui__message').first().textContent();
		}
		await page.waitForLoadState('networkidle');
		return { visit, search: gzipOf(dir, fetched), requests: fetched.length, results: (results ?? '').trim() };
	} finally {
		await browser.close();
		server.close();
	}
}

/** Our build: Astro, then Pagefind, each measured. */
async function buildOurs(label, contentDir) {
	const work = mkdtempSync(join(tmpdir(), 'many-roles-bench-'));
	const outDir = join(work, 'dist');
	const env = { ASTRO_CACHE_DIR: join(work, 'cache'), ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
	log(`${label}, ours: astro build…`);
	const astro = await measure('npx', ['astro', 'build', '--outDir', outDir], env);
	if (astro.status !== 0) throw new Error(`${label}: the build failed\n${astro.output.slice(-3000)}`);
	const pagefind = await measure('npx', ['node', 'scripts/index-search.mjs', '--site', outDir]);
	if (pagefind.status !== 0) throw new Error(`${label}: pagefind failed\n${pagefind.output.slice(-3000)}`);
	const files = walk(outDir);
	const pages = files.filter((f) => f.endsWith('.html')).length;
	// Printable handouts are real pages too, but cheap ones: report them apart, so the reading
	// pages' own speed stays visible.
	const printable = files.filter((f) => f.endsWith('.html') && f.startsWith(`${join(outDir, 'print')}/`)).length;
	const run = {
		pages,
		printable,
		seconds: astro.seconds + pagefind.seconds,
		cpu: astro.cpu + pagefind.cpu,
		peak: Math.max(astro.peak, pagefind.peak),
		astroPeak: astro.peak,
		pagefindPeak: pagefind.peak,
		largest: astro.largest.rss > pagefind.largest.rss ? astro.largest : pagefind.largest,
		load: (astro.load + pagefind.load) / 2,
		output: bytesOf(files),
		index: bytesOf(files.filter((f) => f.includes(`${join(outDir, 'pagefind')}/`))),
		pageMs: pageTimes(astro.output),
	};
	log(`${label}, ours: ${pages} pages in ${run.seconds.toFixed(1)} s (CPU ${run.cpu.toFixed(1)} s), peak ${mb(run.peak)} (Astro ${mb(astro.peak)}, Pagefind ${mb(pagefind.peak)}), output ${mb(run.output)}, load ${run.load.toFixed(1)}`);
	return { run, outDir, work };
}

/** Starlight's build of the same pages (its build runs Pagefind too). */
async function buildPeer(label, project) {
	rmSync(join(project, 'dist'), { recursive: true, force: true });
	rmSync(join(project, 'node_modules', '.astro'), { recursive: true, force: true });
	rmSync(join(project, '.astro'), { recursive: true, force: true });
	log(`${label}, Starlight: astro build…`);
	const astro = await measure(process.execPath, [join(project, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {}, project);
	if (astro.status !== 0) throw new Error(`${label}: Starlight's build failed\n${astro.output.slice(-3000)}`);
	const outDir = join(project, 'dist');
	const files = walk(outDir);
	const run = { pages: files.filter((f) => f.endsWith('.html')).length, seconds: astro.seconds, cpu: astro.cpu, peak: astro.peak, largest: astro.largest, load: astro.load, output: bytesOf(files) };
	log(`${label}, Starlight: ${run.pages} pages in ${run.seconds.toFixed(1)} s (CPU ${run.cpu.toFixed(1)} s), peak ${mb(run.peak)}, output ${mb(run.output)}, load ${run.load.toFixed(1)}`);
	return { run, outDir };
}

/**
 * One site, both builds, `times` times alternating; medians. Our time on the pages Starlight also
 * builds is our whole time less what Astro says it spent rendering the pages Starlight does not
 * have (printable pages, tools, lists by audience…): a page's own time, not its share of the
 * fixed start-up, which stays with the shared pages.
 */
async function compare(label, contentDir, times, chromium, query, visitPages, withPeer) {
	const ours = [];
	const peer = [];
	let project;
	let text;
	let readers;
	for (let n = 0; n < times; n++) {
		const built = await buildOurs(`${label} (run ${n + 1} of ${times})`, contentDir);
		const shared = starlightPages(built.outDir);
		const sharedRoutes = new Set(shared.map((p) => p.route));
		const otherMs = [...built.run.pageMs].filter(([route]) => !sharedRoutes.has(route)).reduce((t, [, ms]) => t + ms, 0);
		ours.push({ ...built.run, shared: shared.length, sharedSeconds: built.run.seconds - otherMs / 1000 });
		if (withPeer && !project) project = writeProject(shared, `site-${label.replace(/\W+/g, '-')}`, installStarlight(log));
		let peerBuilt;
		if (withPeer) {
			peerBuilt = await buildPeer(`${label} (run ${n + 1} of ${times})`, project);
			peer.push(peerBuilt.run);
			if (!text) {
				text = compareText(shared, peerBuilt.outDir);
				log(`${label}: the same text on ${text.identical} of ${text.pages} pages${text.differing.length ? `; differing: ${text.differing.slice(0, 5).join('; ')}` : ''}`);
			}
		}
		if (n === times - 1 && chromium) {
			const pages = visitPages.filter((p) => sharedRoutes.has(p));
			readers = { pages, ours: await readerBytes(built.outDir, pages, query, chromium, 'ours') };
			if (peerBuilt) readers.peer = await readerBytes(peerBuilt.outDir, pages, query, chromium, 'starlight');
		}
		rmSync(built.work, { recursive: true, force: true });
	}
	if (project) rmSync(project, { recursive: true, force: true });
	const mid = (runs, key) => median(runs.map((r) => r[key]));
	const summary = (runs) => Object.fromEntries(['pages', 'printable', 'seconds', 'sharedSeconds', 'cpu', 'peak', 'astroPeak', 'pagefindPeak', 'output', 'index', 'load', 'shared'].filter((k) => runs[0]?.[k] !== undefined).map((k) => [k, mid(runs, k)]));
	const largest = (runs) => runs.reduce((a, r) => (r.largest.rss > a.rss ? r.largest : a), { rss: 0, name: '' });
	return { label, times, ours: { ...summary(ours), largest: largest(ours) }, peer: peer.length ? { ...summary(peer), largest: largest(peer) } : undefined, text, readers };
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

const ratio = (ours, theirs) => (theirs ? (ours / theirs).toFixed(2) : '–');
const secs = (x) => `${x.toFixed(1)} s`;

function report(sites, scores, started, pdfs, loads) {
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB memory, Node ${process.version}`;
	const peerName = `Starlight ${starlightVersions['@astrojs/starlight']} (Astro ${starlightVersions.astro}, Pagefind ${starlightVersions.pagefind}, its default sidebar)`;
	const lines = [
		`Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`npm run bench\` in ${((performance.now() - started) / 60000).toFixed(1)} minutes, against ${peerName}. The machine was shared: load average (1 min) ${loads.min.toFixed(1)} to ${loads.max.toFixed(1)} over the runs, given beside each site. Builds alternate, ours then Starlight's; each figure is the median of the runs. Time, CPU and memory are of the whole process tree (Astro and Pagefind; Starlight's build runs Pagefind itself).`,
		'',
		'| site (runs, load) | measure | this site | Starlight | ratio |',
		'| --- | --- | ---: | ---: | ---: |',
	];
	for (const site of sites) {
		const { ours, peer, readers, text } = site;
		const name = `${site.label} (${site.times}, load ${ours.load.toFixed(1)})`;
		const row = (measure, a, b, fa, fb = fa) => lines.push(`| ${name} | ${measure} | ${fa(a)} | ${peer ? fb(b) : 'not run'} | ${peer ? ratio(a, b) : '–'} |`);
		lines.push(`| ${name} | HTML pages: all (printable); the same pages | ${ours.pages} (${ours.printable}); ${ours.shared} | ${peer ? peer.pages : 'not run'} | |`);
		if (text) lines.push(`| ${name} | same text | ${text.identical} of ${text.pages} pages identical | | |`);
		row('build + index, all pages', ours.seconds, peer?.seconds, secs);
		row('build + index, the same pages', ours.sharedSeconds, peer?.seconds, secs);
		row('CPU time', ours.cpu, peer?.cpu, secs);
		row('peak memory, process tree', ours.peak, peer?.peak, mb);
		row('largest process', ours.largest.rss, peer?.largest.rss, (x) => `${mb(x)} (${ours.largest.name})`, (x) => `${mb(x)} (${peer.largest.name})`);
		row('output', ours.output, peer?.output, mb);
		if (readers) {
			row(`first visit, ${readers.pages.length} pages summed`, readers.ours.visit, readers.peer?.visit, kb);
			row(`first search “${site.query}”`, readers.ours.search, readers.peer?.search, (x) => `${kb(x)}, ${readers.ours.requests} requests`, (x) => `${kb(x)}, ${readers.peer.requests} requests`);
		}
	}
	lines.push('', 'Pages shared: every page our build indexes for search (the reading pages), handed to Starlight as rendered. "The same pages" takes from our time what Astro reports spending on each page Starlight does not have (printable pages, tools, lists); the start-up stays in.');
	lines.push('', pdfs ? `PDFs of the real site's handouts, timed apart from the pages, none reused: ${pdfs.count} PDFs (A4 and US Letter) in ${secs(pdfs.seconds)} (CPU ${secs(pdfs.cpu)}, load ${pdfs.load.toFixed(1)}), ${mb(pdfs.bytes)} in all, ${kb(pdfs.bytes / pdfs.count)} each, peak memory ${mb(pdfs.peak)}.` : 'PDFs: not measured.');
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
	log(`${error.message} First-visit and first-search sizes, PDFs and Lighthouse are skipped.`);
}
const sites = [];
const visitPages = (moduleId) => ['/', '/roles/community-builder/', `/modules/${moduleId}/`, '/challenges/tokenism/', '/glossary/'];
if (!argv.includes('--no-real')) sites.push({ ...(await compare('real site', undefined, runs, chromium, 'tokenism', visitPages('the-four-roles'), withPeer)), query: 'tokenism' });
// PDFs only for the real site, timed apart: the page figures are Astro and Pagefind alone.
let pdfs;
if (chromium && withPdfs) {
	const built = await buildOurs('real site, for the PDFs', undefined);
	log('real site: making the handouts\' PDFs…');
	const made = await measure('npx', ['node', 'scripts/make-pdfs.mjs', '--dist', built.outDir, '--no-cache'], { CHROME_PATH: chromium });
	if (made.status !== 0) throw new Error(`the PDFs failed\n${made.output.slice(-3000)}`);
	const files = walk(join(built.outDir, 'handouts')).filter((f) => f.endsWith('.pdf'));
	pdfs = { count: files.length, seconds: made.seconds, cpu: made.cpu, load: made.load, bytes: bytesOf(files), peak: made.peak };
	log(`real site: ${pdfs.count} PDFs in ${secs(pdfs.seconds)} (CPU ${secs(pdfs.cpu)}), ${mb(pdfs.bytes)}`);
	rmSync(built.work, { recursive: true, force: true });
}
for (const size of sizes) {
	const work = mkdtempSync(join(tmpdir(), `many-roles-content-${size}-`));
	log(`generating ${size} modules…`);
	generate({ modules: size, out: join(work, 'content'), log });
	const query = 'kestrelamberamber';
	sites.push({ ...(await compare(`${size} modules`, join(work, 'content'), runsAtScale(size), chromium, query, visitPages('module-00100'), peerAt(size))), query });
	rmSync(work, { recursive: true, force: true });
}
let scores = [];
if (withLighthouse && chromium) {
	const built = await buildOurs('real site, for Lighthouse', undefined);
	scores = await lighthouse(built.outDir, chromium);
	rmSync(built.work, { recursive: true, force: true });
}
const allLoads = sites.map((s) => s.ours.load).concat(sites.flatMap((s) => (s.peer ? [s.peer.load] : [])));
const text = report(sites, scores, started, pdfs, { min: Math.min(...allLoads), max: Math.max(...allLoads) });
console.log(`\n${text}\n`);
writeFileSync(join(tmpdir(), 'many-roles-bench.json'), JSON.stringify({ sites, pdfs, scores }, null, '\t'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end) && !argv.includes('--no-readme')) {
	writeFileSync(join(root, 'README.md'), `${readme.slice(0, readme.indexOf(start) + start.length)}\n${text}\n${readme.slice(readme.indexOf(end))}`);
	log('README.md Performance section updated.');
}
