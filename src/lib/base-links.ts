/**
 * Authors write internal links from the site root ([the roles](/roles/)); this adds the base path
 * when the site is served from a subfolder, so content never has to know it. It works on rendered
 * HTML because Astro 7's default Markdown processor (Sätteri) runs no rehype plugins.
 */
export function prefixBase(html: string, base: string): string {
	const folder = base.endsWith('/') ? base : `${base}/`;
	if (folder === '/') return html;
	return html.replace(/(<a\b[^>]*?\shref=")(\/(?!\/)[^"]*)"/g, (whole, start: string, href: string) =>
		href.startsWith(folder) ? whole : `${start}${folder}${href.slice(1)}"`,
	);
}
