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
 * Without a browser it says so and stops, and the site keeps working without PDFs; with CI set it
 * fails instead, because CI must always make them.
 */
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './find-chromium.mjs';
import { serveDir } from './serve.mjs';
import { fillPdfMarkers } from '../src/lib/pdf-markers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const dist = resolve(root, argv.includes('--dist') ? argv[argv.indexOf('--dist') + 1] : 'dist');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
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
	const { server, origin } = await serveDir(dist, base);
	const { chromium: playwright } = await import('playwright-core');
	const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
	const chosen = only === undefined ? manifest.handouts : manifest.handouts.filter((handout) => handout.route.includes(only));
	if (only !== undefined) log(`only the ${chosen.length} handouts whose address contains "${only}"`);
	const jobs = chosen.flatMap((handout) => handout.pdfs.map((pdf) => ({ handout, pdf })));
	const made = new Map();
	const started = performance.now();
	let done = 0;
	try {
		// Two tabs at a time: enough to keep two cores busy, and Chromium prints each tab in turn.
		const workers = Math.max(1, Math.min(2, availableParallelism()));
		const context = await browser.newContext();
		const queue = [...jobs];
		await Promise.all(
			Array.from({ length: workers }, async () => {
				const page = await context.newPage();
				await page.emulateMedia({ media: 'print' });
				let loaded;
				for (let job = queue.shift(); job; job = queue.shift()) {
					if (loaded !== job.handout.route) {
						const response = await page.goto(`${origin}${job.handout.route}`, { waitUntil: 'load' });
						if (!response?.ok()) throw new Error(`${job.handout.route}: the server answered ${response?.status()}`);
						loaded = job.handout.route;
					}
					const print = () =>
						page.pdf({
							format: formats[job.pdf.size],
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
					const name = job.pdf.file.split('/').pop();
					writeFileSync(join(dist, job.pdf.file), bytes);
					const pages = countPages(bytes);
					made.set(name, { pages: (pages === 1 ? manifest.labels.pagesOne : manifest.labels.pagesOther).replace('{count}', String(pages)), size: sizeText(bytes.length), pageCount: pages });
					done++;
					if (done % 20 === 0 || done === jobs.length) log(`${done} of ${jobs.length} PDFs`);
				}
				await page.close();
			}),
		);
	} finally {
		await browser.close();
		server.close();
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
	const total = [...made.keys()].reduce((t, name) => t + statSync(join(dist, 'handouts', name)).size, 0);
	writeFileSync(join(dist, 'handouts', 'pdfs.json'), JSON.stringify({ seconds, pdfs: Object.fromEntries([...made].map(([name, info]) => [name, info.pageCount])) }, null, '\t'));
	log(`made ${made.size} PDFs (${sizeText(total)}) in ${seconds.toFixed(1)} s; linked them from ${pagesChanged} pages.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	main().catch((error) => {
		console.error(`[pdfs] ${error.message}`);
		process.exit(1);
	});
}
