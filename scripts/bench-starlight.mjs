/**
 * The benchmark's peer (scripts/bench.mjs): the same text built by Astro Starlight, the site a
 * publisher would pick instead. Never a project dependency: pinned versions are installed with npm
 * into a folder of the system's temporary directory the first time, and reused while they match.
 *
 * "The same text": every page our build indexes for search (those with data-pagefind-body) becomes
 * one Starlight page at the same address, its title our page's <h1> and its body our rendered
 * HTML inside data-pagefind-body (scripts and styles left out, since Starlight brings its own),
 * written as a Markdown file holding one HTML block. After Starlight's build, `compareText` reads
 * both built pages and checks that the words are the same, page by page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, serialize } from 'parse5';

/** Pinned: the Astro and Pagefind versions are the ones this project uses. */
export const starlightVersions = { '@astrojs/starlight': '0.42.4', astro: '7.3.5', pagefind: '1.6.0' };

const installDir = join(tmpdir(), `many-roles-starlight-${Object.values(starlightVersions).join('-')}`);

/** Installs the pinned versions once (about a minute); returns the folder holding node_modules. */
export function installStarlight(log) {
	const installed = join(installDir, 'node_modules', '@astrojs', 'starlight', 'package.json');
	if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === starlightVersions['@astrojs/starlight']) return installDir;
	log(`installing Starlight ${starlightVersions['@astrojs/starlight']} into ${installDir}…`);
	mkdirSync(installDir, { recursive: true });
	writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'many-roles-bench-peer', private: true, type: 'module', dependencies: starlightVersions }, null, '\t'));
	const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save'], { cwd: installDir, encoding: 'utf8' });
	if (npm.status !== 0) throw new Error(`npm could not install Starlight into ${installDir}:\n${(npm.stderr || npm.stdout).slice(-2000)}`);
	return installDir;
}

/** Every element under a parse5 node, depth first. */
function* elements(node) {
	for (const child of node.childNodes ?? []) {
		if (child.tagName) yield child;
		yield* elements(child.tagName === 'template' ? child.content : child);
	}
}
const attr = (element, name) => element.attrs?.find((a) => a.name === name)?.value;
const hasClass = (element, name) => (attr(element, 'class') ?? '').split(/\s+/).includes(name);
/** The text of a node, with spaces collapsed: what a reader reads, and what search indexes. */
function text(node) {
	const parts = [];
	const visit = (n) => {
		if (n.nodeName === '#text') parts.push(n.value);
		else if (n.tagName !== 'script' && n.tagName !== 'style' && n.tagName !== 'template') for (const c of n.childNodes ?? []) visit(c);
	};
	visit(node);
	return parts.join(' ').replace(/\s+/g, ' ').trim();
}
function remove(root, test) {
	for (const element of [...elements(root)]) if (test(element)) element.parentNode.childNodes.splice(element.parentNode.childNodes.indexOf(element), 1);
}

/** Our built pages that search indexes: address, title (the <h1>) and the body to hand Starlight. */
export function pagesOf(dist) {
	const pages = [];
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).sort()) {
		if (file.startsWith('print/') || file.startsWith('pagefind/')) continue;
		const html = readFileSync(join(dist, file), 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const body = [...elements(parse(html))].find((e) => attr(e, 'data-pagefind-body') !== undefined);
		if (!body) continue;
		remove(body, (e) => e.tagName === 'script' || e.tagName === 'style' || e.tagName === 'template');
		const h1 = [...elements(body)].find((e) => e.tagName === 'h1');
		const title = h1 ? text(h1) : file;
		if (h1) h1.parentNode.childNodes.splice(h1.parentNode.childNodes.indexOf(h1), 1);
		pages.push({ route: `/${file.replace(/index\.html$/, '')}`, title, html: serialize(body), text: text(body) });
	}
	return pages;
}

/**
 * A Starlight project of those pages, in a folder `name` inside the install folder, so it finds the
 * packages the way an installed project does (a symbolic link to node_modules made Vite leave
 * Starlight's modules unbundled, and the build failed). Returns the folder.
 */
export function writeProject(pages, name, modules = installDir) {
	const dir = join(modules, name);
	rmSync(dir, { recursive: true, force: true });
	const docs = join(dir, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'many-roles-peer-site', private: true, type: 'module' }));
	writeFileSync(join(dir, 'astro.config.mjs'), "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\n// Starlight's defaults: the sidebar is generated from every page.\nexport default defineConfig({\n\tintegrations: [starlight({ title: 'Many Roles' })],\n\t// Bundled, not loaded from node_modules at run time: left external, its middleware imports astro:* modules Node cannot load.\n\tvite: { resolve: { noExternal: ['@astrojs/starlight'] } },\n\t// Our text has straight quotes; curly ones would make the two texts differ.\n\tmarkdown: { smartypants: false },\n});\n");
	writeFileSync(join(dir, 'src', 'content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n");
	for (const page of pages) {
		const file = page.route === '/' ? join(docs, 'index.md') : join(docs, `${page.route.slice(1, -1)}/index.md`);
		mkdirSync(dirname(file), { recursive: true });
		// One HTML block: CommonMark ends an HTML block at a blank line, so there must be none.
		const html = page.html.replace(/\n\s*\n/g, '\n');
		writeFileSync(file, `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${html}\n`);
	}
	return dir;
}

/**
 * Our text against Starlight's, page by page: Starlight's title is its <h1>, its body the
 * `.sl-markdown-content` block less the anchor links it adds to headings ("Section titled …").
 */
export function compareText(pages, starlightDist) {
	const differing = [];
	for (const page of pages) {
		const file = join(starlightDist, page.route.slice(1), 'index.html');
		if (!existsSync(file)) {
			differing.push(`${page.route}: not built`);
			continue;
		}
		// From <main> on: the sidebar before it lists every page, most of each file at 1,000 modules.
		const html = readFileSync(file, 'utf8');
		const doc = parse(html.slice(Math.max(0, html.indexOf('<main'))));
		const all = [...elements(doc)];
		const content = all.find((e) => hasClass(e, 'sl-markdown-content'));
		const h1 = all.find((e) => e.tagName === 'h1');
		if (!content) {
			differing.push(`${page.route}: no content`);
			continue;
		}
		remove(content, (e) => hasClass(e, 'sl-anchor-link'));
		const theirs = text(content);
		if (theirs !== page.text || (h1 && text(h1) !== page.title)) {
			let at = 0;
			while (at < theirs.length && theirs[at] === page.text[at]) at++;
			differing.push(`${page.route}: differs at character ${at}: ours “${page.text.slice(at, at + 40)}”, Starlight's “${theirs.slice(at, at + 40)}”`);
		}
	}
	return { pages: pages.length, identical: pages.length - differing.length, differing };
}
