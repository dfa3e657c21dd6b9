/**
 * Helpers for tests that read the built site in dist/: the list of pages (from the sitemap),
 * each page's HTML, and the internal-link checker.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');

/** Every page path the sitemap lists, e.g. "/roles/community-builder/". */
export function sitemapPaths(dir = dist): string[] {
	const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	return files.flatMap((file) =>
		[...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
	);
}

export function htmlFiles(dir = dist): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

/** The HTML of a page given its path ("/roles/" → dist/roles/index.html). */
export function pageHtml(path: string, dir = dist): string {
	return readFileSync(join(dir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/**
 * Every internal href/src in every HTML file must point at a file in the output, and every
 * #fragment at an id in the target page. `base` is the folder the site is served from.
 */
export function brokenLinks(dir = dist, base = '/'): string[] {
	const problems: string[] = [];
	const idsCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idsCache.get(file);
		if (!ids) {
			ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
			idsCache.set(file, ids);
		}
		return ids;
	};
	for (const file of htmlFiles(dir)) {
		// Links inside comments are not links: PDF links wait there until their PDF exists.
		const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
		const pagePath = `/${relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
		const pageUrl = new URL(`http://site${base.replace(/\/$/, '')}${pagePath}`);
		for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const raw = decode(match[1]);
			if (!raw || /^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
			const target = new URL(raw, pageUrl);
			if (target.host !== 'site') continue; // another website: a link, not something we serve
			const where = `${relative(dir, file)} → ${raw}`;
			if (!target.pathname.startsWith(base)) {
				problems.push(`${where}: outside the site's base path ${base}`);
				continue;
			}
			const inside = decodeURIComponent(target.pathname.slice(base.length));
			let targetFile = join(dir, inside);
			if (inside === '' || inside.endsWith('/')) targetFile = join(targetFile, 'index.html');
			if (!existsSync(targetFile) || statSync(targetFile).isDirectory()) {
				problems.push(`${where}: no such file in the build`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
				problems.push(`${where}: no element with id="${fragment}" on that page`);
			}
		}
	}
	return problems;
}

/** The printable pages (handouts), from the list the build writes for the PDF script. */
export function handoutList(dir = dist): { route: string; title: string; kind: string; largePrint: boolean; pdfs: { size: string; file: string }[] }[] {
	return JSON.parse(readFileSync(join(dir, 'handouts', 'manifest.json'), 'utf8')).handouts;
}

/** One regular and one large-print handout of each kind: a sample for tests that load each page in a browser. */
export function handoutSample(dir = dist): string[] {
	const list = handoutList(dir);
	const kinds = [...new Set(list.map((h) => h.kind))];
	return kinds.flatMap((kind) => [false, true].flatMap((large) => list.find((h) => h.kind === kind && h.largePrint === large)?.route ?? []));
}

/**
 * The text of a built page's <main> as the DOM's textContent gives it (text inside a closed
 * <details> included; scripts and styles left out), spaces collapsed. Parsed with parse5, the HTML
 * standard's parser, so entities and markup are read as a browser reads them.
 */
export function mainText(path: string, dir = dist): string {
	type Node = { nodeName: string; value?: string; childNodes?: Node[] };
	const find = (node: Node): Node | undefined => (node.nodeName === 'main' ? node : node.childNodes?.map(find).find(Boolean));
	const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : ['script', 'style', 'template'].includes(node.nodeName) ? '' : (node.childNodes ?? []).map(text).join(''));
	const main = find(parse(pageHtml(path, dir)) as unknown as Node);
	if (!main) throw new Error(`${path} has no <main>`);
	return text(main).replace(/\s+/g, ' ');
}
