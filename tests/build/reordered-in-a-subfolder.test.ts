/**
 * Reordering content moves nobody's answers: a version-2 document saved against today's content is
 * migrated with the key map made from it, then the site is built from a copy of the content with a
 * role's "you may already be doing this if you…" items, a module's reflection questions and its
 * activities reordered, and every answer, note and plan activity is found on the same text in
 * that build's pages and data islands. The same build is made for a subfolder (SITE_BASE), and
 * every link in it stays inside that folder. (Today's side comes from the content read in-process, not
 * a second build, to keep the suite one build shorter; tests/e2e/self-study.spec.ts migrates a
 * version-2 document on the real built site.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { legacyKeys } from '../../src/lib/legacy-keys';
import { asSentence } from '../../src/lib/reflection';
import { toIds } from '../../src/lib/storage/migrate';
import { upgrade, type SavedData } from '../../src/lib/storage/saved-data';
import { build, type BuildResult } from '../support/build';
import { brokenLinks, root } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'many-roles-reordered-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const roleId = 'community-builder';
const skillId = 'building-trust';
const moduleId = 'the-four-roles';
const parsed = <T>(entries: { id: string; data: T | undefined }[]) => entries.flatMap((e) => (e.data ? [{ id: e.id, data: e.data }] : []));
const today = loadContentFromDisk(join(root, 'content'), root).content;
const roles = parsed(today.roles);
const skills = parsed(today.skills);
const modules = parsed(today.modules);
const role = roles.find((r) => r.id === roleId)!.data;
const mod = modules.find((m) => m.id === moduleId)!.data;
const groupActivities = mod.activities.filter((a) => a.mode !== 'self-study');

/** What the site saved before ids: every recognise item answered, every question noted, every group activity planned. */
const version2 = {
	app: 'many-roles',
	version: 2,
	done: {},
	notes: { [moduleId]: Object.fromEntries(mod.reflection.map((q, i) => [String(i + 1), { prompt: q.text, text: `Note ${i + 1}`, updated: '2026-11-20' }])) },
	reflection: { answers: { ...Object.fromEntries(role.recognise.map((_, i) => [`${roleId}.${i + 1}`, i % 3])), [`${skillId}.1`]: 2 }, updated: '2026-11-21' },
	preferences: {},
	plan: { start: '10:00', items: groupActivities.map((_, i) => ({ kind: 'activity', module: moduleId, activity: i + 1 })) },
};
/** The text each old key stood for, today. */
const expected = {
	answers: [...role.recognise.map((r) => asSentence(r.text)), skills.find((s) => s.id === skillId)!.data.iCan[0].text],
	notes: mod.reflection.map((q) => q.text),
	activities: groupActivities.map((a) => a.title),
};

/** Reverses the lists in one content file's frontmatter. */
function reverse(file: string, fields: string[]) {
	const text = readFileSync(file, 'utf8');
	const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
	const data = YAML.parse(front) as Record<string, unknown[]>;
	for (const field of fields) data[field] = [...data[field]].reverse();
	writeFileSync(file, `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n${body}`);
}

const island = (html: string, id: string) => JSON.parse(new RegExp(`<script type="application/json" id="${id}"[^>]*>([\\s\\S]*?)</script>`).exec(html)![1]);

// One real build serves both tests: the reordered content, published in a subfolder.
const base = '/many-roles/';
let result: BuildResult;
beforeAll(async () => {
	const content = join(work, 'content');
	cpSync(join(root, 'content'), content, { recursive: true });
	reverse(join(content, 'roles', `${roleId}.mdx`), ['recognise']);
	reverse(join(content, 'modules', `${moduleId}.md`), ['reflection', 'activities']);
	result = await build(work, { CONTENT_DIR: content, SITE_BASE: base });
}, 240_000);

describe('stable ids', () => {
	it('a saved version-2 document finds every answer, note and plan activity on the same text after the content is reordered', () => {
		const migrated = upgrade(version2, { map: legacyKeys(roles, skills, modules), toIds });
		if (!migrated.ok) throw new Error(migrated.problem);
		const data: SavedData = migrated.data;
		expect(data.unmatched).toEqual([]);

		expect(result.status, result.output.slice(-2000)).toBe(0);
		const page = (path: string) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');

		// The role reflection: statement ids and texts, as the full version's data island carries them.
		const statements = new Map<string, string>(
			(island(page('reflection/all'), 'reflection-data').groups as { statements: { id: string; text: string }[] }[]).flatMap((g) => g.statements.map((s) => [s.id, s.text] as [string, string])),
		);
		const recognised = new Set(role.recognise.map((r) => `${roleId}~${r.id}`));
		const roleOrder = [...statements.keys()].filter((id) => recognised.has(id));
		expect(roleOrder.map((id) => statements.get(id)), 'the fixture reorders the role').toEqual(expected.answers.slice(0, role.recognise.length).reverse());
		expect(Object.keys(data.reflection!.answers).map((id) => statements.get(id))).toEqual(expected.answers);

		// The module page: each question with the id its notes are saved by.
		const questions = new Map([...page(`modules/${moduleId}`).matchAll(/<li data-question="([^"]+)"><span id="prompt-\d+">([^<]*)<\/span>/g)].map((m) => [m[1], m[2].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));
		expect([...questions.values()], 'the fixture reorders the questions').toEqual([...expected.notes].reverse());
		expect(Object.entries(data.notes[moduleId]).map(([id, note]) => [questions.get(id), note.text])).toEqual(expected.notes.map((text, i) => [text, `Note ${i + 1}`]));

		// The planner: each group activity's id and title, as the planner page carries them.
		const planned = (island(page('sessions/planner'), 'planner-data').modules as { id: string; data: { activities: { id: string; title: string }[] } }[]).find((m) => m.id === moduleId)!.data;
		expect(planned.activities.map((a) => a.title), 'the fixture reorders the activities').toEqual([...expected.activities].reverse());
		expect(data.plan!.items.map((item) => item.kind === 'activity' && planned.activities.find((a) => a.id === item.activity)?.title)).toEqual(expected.activities);
	});
});

describe('a build for a subfolder', () => {
	it('keeps every link inside the base path', () => {
		expect(result.status, result.output.slice(-2000)).toBe(0);
		expect(brokenLinks(result.outDir, base).slice(0, 20)).toEqual([]);
		const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
		expect(home).toContain(`href="${base}roles/"`);
		expect(home).not.toMatch(/href="\/(roles|skills|modules)\//);
		// A link an author wrote from the site root in content gets the base path too.
		expect(readFileSync(join(result.outDir, 'guides/moving-between-roles/index.html'), 'utf8')).toContain(`<a href="${base}roles/">the four roles</a>`);
		expect(readFileSync(join(result.outDir, '_headers'), 'utf8')).toMatch(/^\/many-roles\/\*\n {2}Content-Security-Policy: /);
	});
});
