/**
 * PDF links are only real once scripts/make-pdfs.mjs has made the PDFs, after Astro has built the
 * pages. So pages write each PDF link inside an HTML comment (a marker), and the script opens the
 * markers of the PDFs it made, filling in their page count and size. A build without a browser
 * keeps the comments: no page ever links to a PDF that does not exist. The text shown while no
 * PDF exists sits between `<!--no-pdf-->` and `<!--/no-pdf-->` and the script removes it.
 *
 * No imports: scripts/make-pdfs.mjs loads this file directly with Node's type stripping.
 */

/** Placeholders a marker's markup may use; the script fills them in for that PDF. */
export const pdfPlaceholders = { pages: '{pdf-pages}', size: '{pdf-size}' } as const;

/** Wraps the markup that links one PDF, so that it only appears once the PDF exists. */
export function pdfMarker(pdf: string, markup: string): string {
	if (markup.includes('-->')) throw new Error('a PDF link cannot contain "-->"');
	return `<!--pdf:${pdf} ${markup} -->`;
}

/** Wraps what a page says while it has no PDFs, so the script can remove it. */
export function noPdfMarker(markup: string): string {
	return `<!--no-pdf-->${markup}<!--/no-pdf-->`;
}

export interface MadePdf {
	/** Page count, already worded ("3 pages"). */
	pages: string;
	/** File size, already worded ("120 KB"). */
	size: string;
}

/**
 * Opens the markers of the PDFs in `made` and drops the no-PDF text if any marker was opened.
 * Markers of PDFs that were not made stay as comments. Returns the HTML and how many it opened.
 */
export function fillPdfMarkers(html: string, made: ReadonlyMap<string, MadePdf>): { html: string; opened: number } {
	let opened = 0;
	let out = html.replace(/<!--pdf:(\S+) ([\s\S]*?) -->/g, (whole, pdf: string, markup: string) => {
		const info = made.get(pdf);
		if (!info) return whole;
		opened++;
		return markup.replaceAll(pdfPlaceholders.pages, info.pages).replaceAll(pdfPlaceholders.size, info.size);
	});
	if (opened) out = out.replace(/<!--no-pdf-->[\s\S]*?<!--\/no-pdf-->/g, '');
	return { html: out, opened };
}
