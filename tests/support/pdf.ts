/** A built PDF read back with Mozilla's pdf.js: each page's text, whether it is tagged, and its outline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dist } from './dist';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Read {
	pages: string[];
	tagged: boolean;
	outline: number;
}
export async function readPdf(file: string): Promise<Read> {
	const task = getDocument({ data: new Uint8Array(readFileSync(join(dist, file))), verbosity: 0 });
	const doc = await task.promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const text = await (await doc.getPage(n)).getTextContent();
		// Items on one line are parts of words (a ligature is an item of its own); a line ends with hasEOL.
		pages.push(normalise(text.items.map((item) => ('str' in item ? item.str + (item.hasEOL && !item.str.endsWith('-') ? ' ' : '') : '')).join('')));
	}
	const marks = (await doc.getMarkInfo()) as Map<string, boolean> | { Marked?: boolean } | null;
	const tagged = marks instanceof Map ? marks.get('Marked') === true : marks?.Marked === true;
	const outline = (await doc.getOutline())?.length ?? 0;
	await task.destroy();
	return { pages, tagged, outline };
}

