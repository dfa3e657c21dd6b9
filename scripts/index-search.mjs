/**
 * `node scripts/index-search.mjs [--site dist]`: builds the Pagefind search index of a built site,
 * leaving out the printable pages (print/). They carry no data-pagefind-body, so Pagefind would
 * index nothing from them, but it still reads every one: at 5,000 modules that was 26,000 extra
 * pages and 8 GB of memory (measured with `npm run bench`). So Pagefind is given a glob of the
 * site's other top-level pages and folders, read from the built site itself. A glossary term's
 * definition, written in place where a page first uses it (.term-def), is not the page's own text:
 * it is left out, so a search for "power" does not find every page that mentions tokenism.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders that hold no pages to index: printable pages, Pagefind's own files, Astro's assets. */
const skip = new Set(['print', 'pagefind', '_astro']);

/** The glob of every HTML file to index, e.g. "{index.html,404.html,roles/**\/*.html}". */
export function searchGlob(site) {
	const parts = readdirSync(site)
		.filter((name) => !skip.has(name))
		.flatMap((name) => {
			if (statSync(join(site, name)).isDirectory()) return [`${name}/**/*.html`];
			return name.endsWith('.html') ? [name] : [];
		})
		.sort();
	return `{${parts.join(',')}}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const argv = process.argv.slice(2);
	const site = resolve(argv.includes('--site') ? argv[argv.indexOf('--site') + 1] : 'dist');
	const { status } = spawnSync('npx', ['pagefind', '--site', site, '--glob', searchGlob(site), '--exclude-selectors', '.term-def'], { stdio: 'inherit' });
	process.exit(status ?? 1);
}
