/**
 * The PDFs the build makes (scripts/make-pdfs.mjs), read back with Mozilla's pdf.js: every path and
 * module has them in A4 and US Letter; each says what it is; role cards fit one side of paper; no
 * page is blank; each is tagged and has an outline; the handouts page gives their real page counts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { dist, handoutList, pageHtml, root } from '../support/dist';
import { readPdf } from '../support/pdf';

const { content } = loadContentFromDisk(`${root}content`, root);
const handouts = handoutList();
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

test('every path, module and ready-made session has printable pages and PDFs in A4 and US Letter', () => {
	const missing: string[] = [];
	const want = [
		...content.paths.map((p) => `print/paths/${p.id}/`),
		...content.modules.flatMap((m) => [`print/modules/${m.id}/`, `print/modules/${m.id}/facilitator/`, `print/worksheets/reflection/${m.id}/`]),
		...content.roles.flatMap((r) => [`print/roles/${r.id}/`, `print/worksheets/skills/${r.id}/`]),
		'print/worksheets/roles/short/',
		'print/worksheets/roles/full/',
		...content.paths.filter((p) => p.data!.format === 'group').map((p) => `print/sessions/${p.id}/`),
	];
	for (const route of want) {
		const handout = handouts.find((h) => h.route === `/${route}`);
		if (!handout) missing.push(`${route}: no handout`);
		else for (const size of ['a4', 'letter']) if (!handout.pdfs.some((p) => p.size === size && existsSync(join(dist, p.file)))) missing.push(`${route}: no ${size} PDF`);
	}
	expect(missing).toEqual([]);
});

test('every PDF names itself (and a path its modules), has no blank page, and is tagged with an outline', { timeout: 300_000 }, async () => {
	const problems: string[] = [];
	const counts = new Map<string, number>();
	for (const handout of handouts) {
		for (const pdf of handout.pdfs) {
			const read = await readPdf(pdf.file);
			counts.set(pdf.file, read.pages.length);
			const all = read.pages.join(' ');
			const where = pdf.file;
			// The heading carries the title; large print and Easy Read add "(large print)" or "(Easy Read)" only to the document title.
			const heading = normalise(handout.title.replace(/ \((?:large print|Easy Read)\)$/, ''));
			if (!read.pages[0]?.includes(heading)) problems.push(`${where}: its title “${heading}” is not on its first page`);
			if (handout.kind === 'path') {
				const path = content.paths.find((p) => handout.route.endsWith(`/paths/${p.id}/`))!;
				for (const step of path.data!.steps)
					if ('module' in step) {
						const title = content.modules.find((m) => m.id === step.module)!.data!.title;
						if (!all.includes(normalise(title))) problems.push(`${where}: module “${title}” is not in its text`);
					}
			}
			if (handout.kind === 'session-pack')
				for (const sheet of ['Sign-in sheet', 'Expenses claim', 'Tell us what you think', 'Participant handout:'])
					if (!all.includes(sheet)) problems.push(`${where}: “${sheet}” is not in its text`);
			// Its contents say on which page each part starts (scripts/make-pdfs.mjs, a second pass).
			if (handout.kind === 'session-pack' && !/Timetable page \d+ .*Sign-in sheet page \d+/.test(read.pages[0] ?? '')) problems.push(`${where}: its contents give no page numbers`);
			// Numbered by the page's own CSS (src/lib/page-numbers.ts), as the browser's Print numbers it.
			if (!read.pages[0]?.includes(`Page 1 of ${read.pages.length}`)) problems.push(`${where}: page 1 does not say “Page 1 of ${read.pages.length}”`);
			read.pages.forEach((text, i) => {
				// What is left once the footer (the site's name and "Page N of M") is taken away.
				const body = text.replace(/Page \d+ of \d+/g, '').replaceAll('Many Roles', '').replace(/[^\p{L}\p{N}]/gu, '');
				// 20 letters: a page with one reflection prompt and its lines to write on is a real page.
				if (body.length < 20) problems.push(`${where}: page ${i + 1} is blank or nearly blank (“${text.slice(0, 80)}”)`);
			});
			if (!read.tagged) problems.push(`${where}: not tagged`);
			if (!read.outline) problems.push(`${where}: no outline`);
			if (handout.kind === 'role-card' && !handout.largePrint && read.pages.length !== 1) problems.push(`${where}: a role card must be one page, not ${read.pages.length}`);
		}
	}
	expect(problems).toEqual([]);

	// The handouts page states each PDF's real page count.
	const listed = pageHtml('/handouts/');
	for (const handout of handouts.filter((h) => h.kind === 'role-card')) {
		for (const pdf of handout.pdfs) {
			const n = counts.get(pdf.file)!;
			expect(listed, pdf.file).toMatch(new RegExp(`href="/${pdf.file}"[^>]*>[^<]+</a> <span class="meta">\\(${n} pages?, `));
		}
	}
});
