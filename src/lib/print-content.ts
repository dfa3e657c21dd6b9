/**
 * Rendered module text made ready to share a page with other modules' text (path handouts,
 * session packs). Which activities a way includes and their timings are the session model's
 * (src/lib/session/).
 */

/**
 * Moves every heading in rendered HTML down by `by` levels (h2 → h3 for 1), never past h6, so
 * text written with its own "##" headings nests under the page's headings wherever it is shown.
 */
export function shiftHeadings(html: string, by: number): string {
	if (!by) return html;
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/**
 * Prefixes every id in rendered HTML, and the in-page links to them, so several modules' texts
 * can share one page (a path handout) without two headings claiming the same id.
 */
export function prefixIds(html: string, prefix: string): string {
	return html.replace(/(\sid=")([^"]+)"/g, `$1${prefix}-$2"`).replace(/(\shref="#)([^"]+)"/g, `$1${prefix}-$2"`);
}
