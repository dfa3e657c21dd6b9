/**
 * The PDF maker's packing step (scripts/make-pdfs.mjs compactPdf): the same pages and text, with the
 * objects Chromium writes uncompressed packed into compressed object streams.
 */
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { compactPdf, countPages } from '../../scripts/make-pdfs.mjs';

/** A PDF written the way Chromium writes one: every object in the open, none in object streams. */
async function plainPdf(pages: number): Promise<Buffer> {
	const doc = await PDFDocument.create();
	const font = await doc.embedFont(StandardFonts.Helvetica);
	for (let n = 1; n <= pages; n++) doc.addPage([595, 842]).drawText(`Page ${n} of ${pages}: ${'a line to pack '.repeat(8)}`, { x: 40, y: 800, size: 8, font });
	return Buffer.from(await doc.save({ useObjectStreams: false }));
}

describe('compactPdf', () => {
	it('keeps every page and its text, packs the other objects, and makes the file smaller', async () => {
		const plain = await plainPdf(12);
		expect(countPages(plain)).toBe(12);
		const packed = await compactPdf(plain);
		expect(packed.pages).toBe(12);
		// Page objects stay in the open (pdf-lib never packs the page tree), so they can still be counted;
		// other objects, such as the font's, are inside compressed object streams.
		expect(countPages(packed.bytes)).toBe(12);
		expect(plain.toString('latin1')).toContain('/BaseFont /Helvetica');
		expect(packed.bytes.toString('latin1')).not.toContain('/BaseFont /Helvetica');
		expect(packed.bytes.length).toBeLessThan(plain.length);
		const task = getDocument({ data: new Uint8Array(packed.bytes), verbosity: 0 });
		const doc = await task.promise;
		expect(doc.numPages).toBe(12);
		const text = (await (await doc.getPage(12)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
		expect(text).toContain('Page 12 of 12');
		await task.destroy();
	});
});
