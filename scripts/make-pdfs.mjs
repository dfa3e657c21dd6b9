/**
 * `node scripts/make-pdfs.mjs [--dist dist] [--only text]`: prints every handout of a built site to
 * PDF, in A4 and US Letter, into dist/handouts/. Runs as the last step of `npm run build`.
 * `--only` prints just the handouts whose page address contains the text ("/cards/"), to check a
 * few handouts in seconds rather than all of them in minutes; the others' links stay closed.
 *
 * The list comes from dist/handouts/manifest.json (src/lib/handouts.ts, written by the build), so
 * pages and PDFs never disagree. Chromium is found the way the tests find it
 * (scripts/find-chromium.mjs). Each PDF is tagged (for screen readers), has an outline from the
 * headings and a footer with "Page N of M", drawn by the page's own CSS (src/lib/page-numbers.ts:
 * `@page` margin boxes), so a PDF and the browser's Print command number pages alike; the web
 * address, a QR code and the review date are on the page itself. Then the PDF links that pages carry as markers are opened with each PDF's page
 * count and size (src/lib/pdf-markers.ts).
 *
 * Cost (measured with `npm run bench` and `/usr/bin/time -v`; README, "Performance"):
 * - Each handout is loaded once and printed in both sizes by the same tab: the queue holds
 *   handouts, not PDFs (it held PDFs, so two tabs often loaded the same handout once each).
 * - One browser, one tab per core, each tab in its own context (its own renderer process).
 * - Chromium writes every object of a tagged PDF uncompressed: the structure tree (an object per
 *   run of text) was a third of each file. pdf-lib rewrites the file with those objects packed
 *   into compressed object streams (PDF 1.5), which every current reader opens; tags, outline and
 *   links are the same objects, moved.
 * - A PDF is made again only if what it is made from changed: its printable page, every file the
 *   page loaded (stylesheets, pictures), the browser's version and this script. The cache is in
 *   node_modules/.cache/many-roles-pdfs/ (`npm run clean` empties it; `--no-cache` ignores it),
 *   so a second `npm run build` or `npm test` on unchanged content copies the PDFs back.
 *
 * Without a browser it says so and stops, and the site keeps working without PDFs; with CI set it
 * fails instead, because CI must always make them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveDir } from './serve.mjs';
import { fillPdfMarkers } from '../src/lib/pdf-markers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const dist = resolve(root, argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : 'dist');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const useCache = !argv.includes('--no-cache');
const cacheDir = join(root, 'node_modules', '.cache', 'many-roles-pdfs');
const log = (message) => console.log(`[pdfs] ${message}`);

const formats = { a4: 'A4', letter: 'Letter' };

/** The text of each page of a PDF, spaces collapsed, read with pdf.js. */
async function pdfText(bytes) {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	const pages = [];
	for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((item) => item.str ?? '').join(' ').replace(/\s+/g, ' '));
	await doc.cleanup?.();
	return pages;
}

/**
 * A contents list (`ol.contents[data-page-label]`, a session pack's) gets the page each part
 * starts on. Chromium cannot work that out as it prints (it has no target-counter()), so the first
 * PDF is read with pdf.js to find the page of each part's first heading, in order, and the numbers
 * are written into the list ("page 5"); the caller prints again. Each part starts a new page, so
 * the numbers on the cover move nothing. Returns false if the page has no such list.
 */
async function numberContents(page, bytes) {
	const headings = await page.evaluate(() =>
		[...document.querySelectorAll('ol.contents[data-page-label] a[href^="#"]')].map((a) => {
			const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
			const heading = target?.matches('h1, h2, h3, h4') ? target : target?.querySelector('h1, h2, h3, h4');
			return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
		}),
	);
	if (!headings.length) return false;
	const pages = await pdfText(bytes);
	let from = 1; // the contents are on page 1; the parts come after
	const numbers = headings.map((text) => {
		const found = text ? pages.findIndex((page, i) => i >= from && page.includes(text)) : -1;
		if (found < 0) return 0;
		from = found;
		return found + 1;
	});
	await page.evaluate((numbers) => {
		const list = document.querySelector('ol.contents[data-page-label]');
		list.querySelectorAll('.page-ref').forEach((ref) => ref.remove());
		list.querySelectorAll('a[href^="#"]').forEach((a, i) => {
			if (!numbers[i]) return;
			const ref = document.createElement('span');
			ref.className = 'page-ref';
			ref.textContent = list.dataset.pageLabel.replace('{page}', String(numbers[i]));
			a.after(' ', ref);
		});
	}, numbers);
	return true;
}

/** Pages in a PDF: counts its page objects, which Chromium writes one per page as "/Type /Page". */
export function countPages(bytes) {
	return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The same PDF with its objects packed into compressed object streams (see the top of this file).
 * Returns the bytes and the page count, read from the document rather than by counting objects,
 * which are now compressed.
 */
export async function compactPdf(bytes) {
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const packed = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
	return { bytes: Buffer.from(packed), pages: doc.getPageCount() };
}

/**
 * What a PDF is made from, as one hash: the browser, this script, the paper size, and the bytes of
 * each built file the page loaded (the page itself first). `files` are paths inside dist/.
 */
function sourceHash(browserVersion, size, files) {
	const hash = createHash('sha256').update(browserVersion).update('\0').update(readFileSync(fileURLToPath(import.meta.url))).update('\0').update(size);
	for (const file of files) {
		const path = join(dist, file);
		hash.update('\0').update(file).update('\0');
		if (existsSync(path) && statSync(path).isFile()) hash.update(readFileSync(path));
	}
	return hash.digest('hex');
}

/**
 * The cache's index: PDF file name → { hashes, files, pages, size }. Two hashes: of the files as
 * built, and as they are once this script has opened the PDF links on them (a printable page
 * links its own PDFs), so a fresh build and a second run on the same build both find it.
 * Anything unreadable is an empty cache.
 */
function readCache() {
	if (!useCache) return {};
	try {
		return JSON.parse(readFileSync(join(cacheDir, 'index.json'), 'utf8'));
	} catch {
		return {};
	}
}

const sizeText = (bytes) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

async function main() {
	const manifestFile = join(dist, 'handouts', 'manifest.json');
	let manifest;
	try {
		manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
	} catch {
		throw new Error(`No handout list at ${manifestFile}: build the site first (npm run build).`);
	}
	if (manifest.version !== 1) throw new Error(`${manifestFile} is version ${manifest.version}; this script reads version 1.`);

	let chromium;
	try {
		chromium = await findChromium({ install: false, log });
	} catch (error) {
		if (process.env.CI) throw error;
		log(`SKIPPED: no PDFs made. ${error.message} The printable pages still work from the browser's Print command.`);
		return;
	}

	const base = manifest.handouts[0]?.route.replace(/print\/.*$/, '') ?? '/';
	/** A built file's path inside dist/, from an address on the local server. */
	const fileOf = (pathname) => {
		const inside = decodeURIComponent(pathname).slice(base.length);
		return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
	};
	const { server, origin } = await serveDir(dist, base);
	const { chromium: playwright } = await import('playwright-core');
	const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
	const chosen = only === undefined ? manifest.handouts : manifest.handouts.filter((handout) => handout.route.includes(only));
	if (only !== undefined) log(`only the ${chosen.length} handouts whose address contains "${only}"`);
	const browserVersion = browser.version();
	const cache = readCache();
	const made = new Map();
	const record = (name, bytes, pages) => {
		made.set(name, { pages: (pages === 1 ? manifest.labels.pagesOne : manifest.labels.pagesOther).replace('{count}', String(pages)), size: sizeText(bytes.length), pageCount: pages });
	};
	const total = chosen.reduce((n, handout) => n + handout.pdfs.length, 0);
	const started = performance.now();
	let done = 0;
	let reused = 0;
	const progress = (n) => {
		const before = done;
		done += n;
		if (Math.floor(done / 20) > Math.floor(before / 20) || done === total) log(`${done} of ${total} PDFs`);
	};
	if (useCache) mkdirSync(cacheDir, { recursive: true });
	try {
		// Handouts whose every PDF is in the cache, made from the same files, are copied back.
		const queue = chosen.filter((handout) => {
			const hit = handout.pdfs.every((pdf) => {
				const name = pdf.file.split('/').pop();
				const entry = cache[name];
				return entry?.hashes?.includes(sourceHash(browserVersion, pdf.size, entry.files)) && existsSync(join(cacheDir, name));
			});
			if (!hit) return true;
			for (const pdf of handout.pdfs) {
				const name = pdf.file.split('/').pop();
				const bytes = readFileSync(join(cacheDir, name));
				writeFileSync(join(dist, pdf.file), bytes);
				record(name, bytes, cache[name].pages);
			}
			reused += handout.pdfs.length;
			progress(handout.pdfs.length);
			return false;
		});
		// One tab per core, each in its own context, so each has its own renderer process.
		const workers = Math.max(1, Math.min(availableParallelism(), queue.length));
		await Promise.all(
			Array.from({ length: workers }, async () => {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.emulateMedia({ media: 'print' });
				for (let handout = queue.shift(); handout; handout = queue.shift()) {
					// Every built file the page loads goes into what its PDFs are made from.
					const loaded = new Set([fileOf(new URL(`${origin}${handout.route}`).pathname)]);
					const onRequest = (request) => {
						const url = new URL(request.url());
						if (url.origin === origin) loaded.add(fileOf(url.pathname));
					};
					page.on('request', onRequest);
					const response = await page.goto(`${origin}${handout.route}`, { waitUntil: 'load' });
					if (!response?.ok()) throw new Error(`${handout.route}: the server answered ${response?.status()}`);
					for (const pdf of handout.pdfs) {
						const print = () =>
							page.pdf({
								format: formats[pdf.size],
								printBackground: true,
								tagged: true,
								outline: true,
								// The page's @page rules give the margins and the footer; Chromium's own header and
								// footer would cover the margin boxes.
								displayHeaderFooter: false,
								preferCSSPageSize: true,
							});
						let bytes = await print();
						// A pack's contents say where each part starts: a second pass, with the numbers in.
						if (await numberContents(page, bytes)) bytes = await print();
						const packed = await compactPdf(bytes);
						const name = pdf.file.split('/').pop();
						writeFileSync(join(dist, pdf.file), packed.bytes);
						record(name, packed.bytes, packed.pages);
						if (useCache) {
							const [first, ...rest] = loaded;
							const files = [first, ...rest.sort()];
							writeFileSync(join(cacheDir, name), packed.bytes);
							cache[name] = { hashes: [sourceHash(browserVersion, pdf.size, files)], files, pages: packed.pages, size: pdf.size };
						}
						progress(1);
					}
					page.off('request', onRequest);
				}
				await context.close();
			}),
		);
	} finally {
		await browser.close();
		server.close();
		if (useCache) writeFileSync(join(cacheDir, 'index.json'), JSON.stringify(cache));
	}
	const seconds = (performance.now() - started) / 1000;

	// Open the PDF links on every built page that has markers.
	let pagesChanged = 0;
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
		const path = join(dist, file);
		const html = readFileSync(path, 'utf8');
		if (!html.includes('<!--pdf:')) continue;
		const filled = fillPdfMarkers(html, made);
		if (filled.opened) {
			// Whole or not at all: `npm test` is already reading these pages in a browser.
			writeFileSync(`${path}.tmp`, filled.html);
			renameSync(`${path}.tmp`, path);
			pagesChanged++;
		}
	}
	// The pages as they are now, links opened, are what a second run on this build will find.
	if (useCache) {
		for (const name of made.keys()) {
			const entry = cache[name];
			if (!entry?.hashes) continue;
			const now = sourceHash(browserVersion, entry.size, entry.files);
			if (!entry.hashes.includes(now)) entry.hashes = [entry.hashes[0], now];
		}
		writeFileSync(join(cacheDir, 'index.json'), JSON.stringify(cache));
	}
	const bytes = [...made.keys()].reduce((t, name) => t + statSync(join(dist, 'handouts', name)).size, 0);
	writeFileSync(join(dist, 'handouts', 'pdfs.json'), JSON.stringify({ seconds, reused, pdfs: Object.fromEntries([...made].map(([name, info]) => [name, info.pageCount])) }, null, '\t'));
	log(`made ${made.size - reused} PDFs and reused ${reused} unchanged ones (${sizeText(bytes)} in all, ${sizeText(bytes / Math.max(1, made.size))} each) in ${seconds.toFixed(1)} s; linked them from ${pagesChanged} pages.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	main().catch((error) => {
		console.error(`[pdfs] ${error.message}`);
		process.exit(1);
	});
}
