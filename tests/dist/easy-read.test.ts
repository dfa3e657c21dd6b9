/**
 * Easy Read on paper (issue 17): every Easy Read page has its handout, listed at /handouts/, with
 * A4 and US Letter PDFs, and each PDF carries the pictures' credit (their licence asks for it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { dist, handoutList, pageHtml, root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);
const handouts = handoutList();

async function pdfText(file: string): Promise<string> {
	const task = getDocument({ data: new Uint8Array(readFileSync(join(dist, file))), verbosity: 0 });
	const doc = await task.promise;
	let text = '';
	for (let n = 1; n <= doc.numPages; n++) text += ` ${(await (await doc.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
	await task.destroy();
	return text.replace(/\s+/g, ' ');
}

test('at least ten Easy Read pages, each with a handout listed at /handouts/ and its A4 and Letter PDFs', () => {
	expect(content.easyRead.length).toBeGreaterThanOrEqual(10);
	const list = pageHtml('/handouts/');
	const missing: string[] = [];
	for (const page of content.easyRead) {
		const handout = handouts.find((h) => h.kind === 'easy-read' && h.route === `/print/easy-read/${page.id}/`);
		if (!handout) {
			missing.push(`${page.id}: no handout`);
			continue;
		}
		if (!list.includes(`href="${handout.route}"`)) missing.push(`${page.id}: not listed at /handouts/`);
		for (const size of ['a4', 'letter']) if (!handout.pdfs.some((p) => p.size === size && existsSync(join(dist, p.file)))) missing.push(`${page.id}: no ${size} PDF`);
	}
	expect(missing).toEqual([]);
});

test('each Easy Read PDF has its title and credits the pictures', { timeout: 120_000 }, async () => {
	const problems: string[] = [];
	for (const handout of handouts.filter((h) => h.kind === 'easy-read')) {
		const file = handout.pdfs.find((p) => p.size === 'a4')!.file;
		const text = await pdfText(file);
		if (!text.includes('OpenMoji') || !text.includes('CC BY-SA 4.0')) problems.push(`${file}: no credit for the pictures`);
		if (!text.includes(handout.title.replace(' (Easy Read)', ''))) problems.push(`${file}: does not show its title`);
	}
	expect(problems).toEqual([]);
});
