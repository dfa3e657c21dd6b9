/**
 * Makes a synthetic content folder for the benchmark: the real roles, skills, challenges, guides,
 * pages, glossary and sources, plus N modules cloned from the real ones (each with its own id,
 * title and a few unique words, so search has something to tell apart) and one path per ten
 * modules. Written to a temporary folder and never committed.
 *
 *   node scripts/generate-content.mjs --modules 1000 --out /tmp/many-roles-1000/content
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Splits "---\nfrontmatter\n---\nbody" into its two parts. */
function split(text) {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error('no frontmatter');
	return { frontmatter: match[1], body: match[2] };
}

const words = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'harbour', 'islet', 'juniper', 'kestrel', 'lantern', 'meadow', 'nectar', 'orchard', 'pebble', 'quarry', 'rowan', 'sorrel', 'thistle', 'umber', 'violet', 'willow', 'yarrow', 'zephyr'];
/** A made-up word unique to number n, e.g. "kestrelamber": search can find exactly one module by it. */
const tag = (n) => `${words[n % 25]}${words[Math.floor(n / 25) % 25]}${words[Math.floor(n / 625) % 25]}`;

/** "/modules/the-four-roles/#x" → "/modules/"; the lists by role and audience and the map stay. */
const toLists = (text) => text.replace(/\/(modules|paths)\/(?!map\/|role\/|audience\/)[a-z0-9-]+\/(?:#[\w-]+)?/g, (_, section) => `/${section}/`);

export function generate({ modules: count, out, log = () => {} }) {
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const source = join(root, 'content');
	for (const name of readdirSync(source)) {
		if (name === 'modules' || name === 'paths') continue;
		cpSync(join(source, name), join(out, name), { recursive: true });
	}
	// Easy Read pages may be versions of real modules and paths, which the synthetic set replaces.
	for (const f of readdirSync(join(out, 'easy-read')).filter((f) => f.endsWith('.md'))) {
		const file = join(out, 'easy-read', f);
		const text = readFileSync(file, 'utf8').replace(/^versionOf: \[(.*)\]$/m, (_, list) => `versionOf: [${list.split(',').map((p) => p.trim()).filter((p) => p && !/^\/(modules|paths)\//.test(p)).join(', ')}]`);
		writeFileSync(file, text);
	}
	// Links to a real module or path lead nowhere in the synthetic set: they go to the list instead.
	for (const f of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f))) {
		const file = join(out, f);
		const text = readFileSync(file, 'utf8');
		const relinked = toLists(text);
		if (relinked !== text) writeFileSync(file, relinked);
	}
	mkdirSync(join(out, 'modules'));
	mkdirSync(join(out, 'paths'));
	const originals = readdirSync(join(source, 'modules'))
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => ({ name: f.replace(/\.mdx?$/, ''), ...split(readFileSync(join(source, 'modules', f), 'utf8')) }));
	if (!originals.length) throw new Error(`no module files (.md or .mdx) in ${join(source, 'modules')} to copy`);
	const ids = [];
	for (let n = 0; n < count; n++) {
		const { name, frontmatter, body } = originals[n % originals.length];
		// The first copy of each module keeps its id: pages name some modules by id (the help page,
		// the home page's "If this has happened to you"), and the build fails if they are missing.
		const id = n < originals.length ? name : `module-${String(n + 1).padStart(5, '0')}`;
		ids.push({ id, selfStudy: /selfStudy: \d+/.test(frontmatter), group: /\n {2}group: \d+/.test(frontmatter) });
		const fm = frontmatter
			.replace(/^title: "?(.*?)"?$/m, (_, title) => `title: "${`Copy ${n + 1}: ${title}`.slice(0, 70).trim()}"`)
			.replace(/^order: \d+$/m, `order: ${n + 1}`)
			// Clones have no prerequisites: the originals' ids do not exist in the synthetic set.
			.replace(/^prerequisites:(\n\s+- .*)+/m, 'prerequisites: []')
			.replace(/^prerequisites: \[[^\]]*\]$/m, 'prerequisites: []');
		writeFileSync(join(out, 'modules', `${id}.md`), `---\n${fm}\n---\n\nThis copy is about ${tag(n)}.\n\n${toLists(body)}`);
		if ((n + 1) % 500 === 0) log(`  modules written: ${n + 1} of ${count}`);
	}
	// One self-study path per ten modules that can be taken alone.
	const selfStudy = ids.filter((m) => m.selfStudy);
	for (let p = 0; p * 10 < selfStudy.length; p++) {
		const steps = selfStudy.slice(p * 10, p * 10 + 10).map((m) => `  - module: ${m.id}`).join('\n');
		writeFileSync(
			join(out, 'paths', `path-${String(p + 1).padStart(4, '0')}.md`),
			`---\ntitle: "Synthetic path ${p + 1}"\nsummary: "Ten modules in a row, made up for the benchmark. It tests how the site grows."\naudiences: [lived-experience]\nformat: self-study\noutcomes:\n  - Describe what each module covers.\n  - Plan what to do next.\nsteps:\n${steps}\norder: ${p + 1}\nsources:\n  - source: miller-2023\nlastReviewed: 2026-11-26\n---\n\nA path made for the benchmark.\n`,
		);
	}
	return { modules: count, paths: Math.ceil(selfStudy.length / 10) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const arg = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1];
	if (!process.argv.includes('--modules') || !process.argv.includes('--out')) {
		console.error('usage: node scripts/generate-content.mjs --modules N --out DIR');
		process.exit(2);
	}
	const result = generate({ modules: Number(arg('modules')), out: arg('out'), log: console.log });
	console.log(`wrote ${result.modules} modules and ${result.paths} paths to ${arg('out')}`);
}
