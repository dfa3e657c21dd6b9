import { beforeEach, describe, expect, it } from 'vitest';
import { currentVersion, emptyData, erase, forgetLegacyKeys, load, open, save, storageKey, today, update, upgrade, type SavedData, type Store } from '../../src/lib/storage/saved-data';
import { countSaved, exportFileName, exportText } from '../../src/lib/storage/export';
import { parseImport } from '../../src/lib/storage/import';
import { limits, savedDataSchema } from '../../src/lib/storage/schema';
import { legacyKeys } from '../../src/lib/legacy-keys';
import { toIds } from '../../src/lib/storage/migrate';
import { rawFixtures, snapshot } from '../support/fixtures';

beforeEach(() => forgetLegacyKeys());

/** A Map standing in for localStorage; `fail` makes it refuse like a browser with storage off. */
function fakeStore(initial?: string, fail: 'none' | 'read' | 'write' = 'none'): Store & { items: Map<string, string> } {
	const items = new Map<string, string>();
	if (initial !== undefined) items.set(storageKey, initial);
	return {
		items,
		getItem: (key) => {
			if (fail === 'read') throw new Error('SecurityError');
			return items.get(key) ?? null;
		},
		setItem: (key, value) => {
			if (fail !== 'none') throw new Error('QuotaExceededError');
			items.set(key, value);
		},
		removeItem: (key) => void items.delete(key),
	};
}

const sample = (): SavedData => ({
	...emptyData(),
	done: { 'the-four-roles': '2026-11-30' },
	notes: { 'the-four-roles': { 'closest-role': { prompt: 'Which role feels closest?', text: 'Community builder, <b>mostly</b> & <script>alert(1)</script>', updated: '2026-12-01' } } },
	reflection: { answers: { 'community-builder~bring-together-people': 2, 'building-trust~keep-private': 0 }, updated: '2026-12-01' },
	preferences: { moduleView: 'facilitator' },
	plan: null,
});

describe('saved data on the device', () => {
	it('starts empty and saves what is changed', () => {
		const store = fakeStore();
		expect(load(store)).toEqual({ ok: true, data: emptyData() });
		const result = update(store, (d) => {
			d.done['the-four-roles'] = '2026-12-02';
		});
		expect(result.ok).toBe(true);
		expect(JSON.parse(store.items.get(storageKey)!)).toMatchObject({ app: 'many-roles', version: currentVersion, done: { 'the-four-roles': '2026-12-02' } });
	});

	it.each([
		['damaged JSON', '{"app":"many-roles","version":1,', 'unreadable'],
		['another site', JSON.stringify({ app: 'other', version: 1 }), 'foreign'],
		['a newer version', JSON.stringify({ ...emptyData(), version: currentVersion + 1 }), 'newer'],
		['a version that never existed', JSON.stringify({ ...emptyData(), version: 0 }), 'unknown-version'],
		['a part that is not an object', JSON.stringify({ ...emptyData(), done: [] }), 'unreadable'],
	])('never overwrites %s: an update is refused and the text stays as it was', (_, text, problem) => {
		const store = fakeStore(text);
		expect(update(store, (d) => void (d.done.x = '2026-12-02'))).toEqual({ ok: false, problem });
		expect(store.items.get(storageKey)).toBe(text);
	});

	it('says when the browser will not let it read or save', () => {
		expect(load(fakeStore(undefined, 'read'))).toEqual({ ok: false, problem: 'blocked' });
		expect(save(fakeStore(undefined, 'write'), emptyData())).toBe(false);
		expect(update(fakeStore(undefined, 'write'), () => {})).toEqual({ ok: false, problem: 'full' });
	});

	it('erases everything it saved and nothing else', () => {
		const store = fakeStore(JSON.stringify(sample()));
		store.items.set('other-site-key', 'kept');
		expect(erase(store)).toBe(true);
		expect([...store.items.keys()]).toEqual(['other-site-key']);
	});

	it('brings the current version through unchanged', () => {
		expect(upgrade(JSON.parse(JSON.stringify(sample())))).toEqual({ ok: true, data: sample() });
	});

	it('refuses, on import, a version-3 document without its unmatched list', async () => {
		const { unmatched: _, ...rest } = sample();
		expect(await parseImport(JSON.stringify(rest))).toMatchObject({ ok: false, problem: 'invalid', where: 'unmatched' });
	});

	it('writes today as a local date', () => {
		expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('export and import', () => {
	it('round-trips everything, markup in notes included, as plain text', async () => {
		const text = exportText(sample(), new Date('2026-12-02T10:00:00Z'));
		expect(JSON.parse(text).exportedAt).toBe('2026-12-02T10:00:00.000Z');
		expect(await parseImport(text)).toEqual({ ok: true, data: sample() });
	});

	it('imports the way module pages show their activities, and refuses a way there is not', async () => {
		const withWay: SavedData = { ...sample(), preferences: { moduleView: 'learner', moduleWay: 'group' } };
		expect(await parseImport(exportText(withWay))).toEqual({ ok: true, data: withWay });
		const unknown = { ...withWay, preferences: { moduleWay: 'both' } };
		expect(await parseImport(JSON.stringify(unknown))).toMatchObject({ ok: false, problem: 'invalid' });
	});

	it('imports a saved plan and checks it in full', async () => {
		const withPlan: SavedData = { ...sample(), plan: { title: 'Induction', start: '10:00', items: [{ kind: 'module', module: 'the-four-roles' }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'activity', module: 'recognising-tokenism', activity: 'what-would-help' }] } };
		expect(await parseImport(exportText(withPlan))).toEqual({ ok: true, data: withPlan });
		const longBreak = { ...withPlan, plan: { ...withPlan.plan!, items: [{ kind: 'break', minutes: 200 }] } };
		expect(await parseImport(JSON.stringify(longBreak))).toMatchObject({ ok: false, problem: 'invalid', where: 'plan › items › 0 › minutes' });
	});

	it('names the file with the day', () => {
		expect(exportFileName('2026-12-02')).toBe('many-roles-my-data-2026-12-02.json');
	});

	it('counts what a file holds, ignoring empty notes', () => {
		const data = sample();
		data.notes['the-four-roles']['other'] = { prompt: 'Q', text: '  ', updated: '2026-12-01' };
		expect(countSaved(data)).toEqual({ done: 1, notes: 1, reflection: true, plan: false, preferences: true, unmatched: 0 });
	});

	const good = () => JSON.parse(exportText(sample())) as Record<string, any>;
	const bad: [string, () => string, string, string?][] = [
		['an empty file', () => '  \n', 'empty'],
		['truncated JSON', () => exportText(sample()).slice(0, 80), 'not-json'],
		['a file that is not JSON at all', () => '%PDF-1.7 binary', 'not-json'],
		['JSON that is a list, not a document', () => '[1,2,3]', 'unreadable'],
		['a file from another app', () => JSON.stringify({ ...good(), app: 'someone-else' }), 'foreign'],
		['a file with no marker', () => JSON.stringify({ version: 1, done: {} }), 'foreign'],
		['a newer version', () => JSON.stringify({ ...good(), version: 99 }), 'newer'],
		['an unknown version', () => JSON.stringify({ ...good(), version: 1.5 }), 'unknown-version'],
		['a version written as text', () => JSON.stringify({ ...good(), version: '1' }), 'unknown-version'],
		['wrong types: done as a list', () => JSON.stringify({ ...good(), done: ['the-four-roles'] }), 'unreadable'],
		['wrong types: a note that is a number', () => JSON.stringify({ ...good(), notes: { 'the-four-roles': { 'q': { prompt: 'Q', text: 42, updated: '2026-12-01' } } } }), 'invalid', 'notes › the-four-roles › q › text'],
		['a bad date', () => JSON.stringify({ ...good(), done: { 'the-four-roles': 'yesterday' } }), 'invalid', 'done › the-four-roles'],
		['markup in a module id', () => JSON.stringify({ ...good(), done: { '<img src=x onerror=alert(1)>': '2026-12-01' } }), 'invalid'],
		['a __proto__ key', () => exportText(sample()).replace('"done": {', '"done": {"__proto__": "2026-12-01",'), 'invalid'],
		['an answer off the scale', () => JSON.stringify({ ...good(), reflection: { answers: { 'community-builder~x': 7 }, updated: '2026-12-01' } }), 'invalid', 'reflection › answers › community-builder~x'],
		['an answer under a position key', () => JSON.stringify({ ...good(), reflection: { answers: { 'community-builder.1': 1 }, updated: '2026-12-01' } }), 'invalid', 'reflection › answers › community-builder.1'],
		['a note under a key that is not an id', () => JSON.stringify({ ...good(), notes: { 'the-four-roles': { 'Question 1': { prompt: 'Q', text: 'x', updated: '2026-12-01' } } } }), 'invalid', 'notes › the-four-roles › Question 1'],
		['an unmatched entry of an unknown kind', () => JSON.stringify({ ...good(), unmatched: [{ from: 'elsewhere', key: '1' }] }), 'invalid', 'unmatched › 0 › from'],
		['an unknown extra field', () => JSON.stringify({ ...good(), password: 'x' }), 'invalid'],
		['a note too long to be real', () => JSON.stringify({ ...good(), notes: { 'the-four-roles': { 'q': { prompt: 'Q', text: 'x'.repeat(limits.noteCharacters + 1), updated: '2026-12-01' } } } }), 'invalid'],
		['a huge file', () => ' '.repeat(limits.fileCharacters) + exportText(sample()), 'too-big'],
		['an export date that is not text', () => JSON.stringify({ ...good(), exportedAt: 5 }), 'invalid', 'exportedAt'],
	];

	it.each(bad)('refuses %s, with a reason, and leaves the saved data alone', async (_, file, problem, where) => {
		const saved = JSON.stringify(sample());
		const store = fakeStore(saved);
		const result = await parseImport(file(), fetchKeys);
		expect(result).toMatchObject({ ok: false, problem });
		if (where) expect(result).toMatchObject({ where });
		// The page saves only an accepted import, so a refusal changes nothing.
		if (result.ok) save(store, result.data);
		expect(store.items.get(storageKey)).toBe(saved);
	});

	it('has at least ten kinds of bad file', () => {
		expect(new Set(bad.map(([, , problem]) => problem)).size).toBeGreaterThanOrEqual(8);
		expect(bad.length).toBeGreaterThanOrEqual(10);
	});
});

/** The key map the build would make from the unit-test content (tests/support/fixtures.ts). */
const content = snapshot(rawFixtures());
const map = legacyKeys(content.roles, content.skills, content.modules);
const keys = { map, toIds };
const fetchKeys = async () => ({ map: JSON.parse(JSON.stringify(map)) as typeof map, toIds });
const note = (prompt: string, text = 'My note') => ({ prompt, text, updated: '2026-11-20' });

/** A version-2 document as the site saved it before ids: everything keyed by position. */
const version2 = () => ({
	app: 'many-roles',
	version: 2,
	done: { intro: '2026-11-30' },
	notes: { intro: { '1': note('What did you notice?'), '2': note('What will you do next?', 'Ask Sam') } },
	reflection: { answers: { 'builder.1': 2, 'builder.2': 0, 'listening.1': 1 }, updated: '2026-11-21' },
	preferences: {},
	plan: { start: '09:30', items: [{ kind: 'module', module: 'intro' }, { kind: 'activity', module: 'intro', activity: 2 }, { kind: 'break', minutes: 15 }] },
});
const version3 = (): SavedData => ({
	app: 'many-roles',
	version: 3,
	done: { intro: '2026-11-30' },
	notes: { intro: { notice: note('What did you notice?'), 'do-next': note('What will you do next?', 'Ask Sam') } },
	reflection: { answers: { 'builder~run-group': 2, 'builder~welcome-new-people': 0, 'listening~listen-well': 1 }, updated: '2026-11-21' },
	preferences: {},
	plan: { start: '09:30', items: [{ kind: 'module', module: 'intro' }, { kind: 'activity', module: 'intro', activity: 'read' }, { kind: 'break', minutes: 15 }] },
	unmatched: [],
});

describe('migrating to version 3: positions become the ids in the content', () => {
	it('maps a version-2 document\'s notes, answers and plan activity to ids', () => {
		const result = upgrade(version2(), keys);
		expect(result).toEqual({ ok: true, data: version3() });
		expect(savedDataSchema.safeParse(result.ok && result.data).success).toBe(true);
	});

	it('maps a version-1 document (no plan) the same way', () => {
		const { plan: _, ...v1 } = { ...version2(), version: 1 };
		expect(upgrade(v1, keys)).toEqual({ ok: true, data: { ...version3(), plan: null } });
	});

	it('keeps what maps to nothing, with its saved text and where it came from', () => {
		const old = version2();
		old.notes.intro['5' as '1'] = note('A question since removed', 'Still mine');
		(old.notes as Record<string, unknown>).gone = { '1': note('A module since removed', 'Also mine') };
		(old.reflection.answers as Record<string, number>)['builder.9'] = 1;
		(old.reflection.answers as Record<string, number>)['constructor'] = 2;
		old.plan.items.push({ kind: 'activity', module: 'intro', activity: 7 });
		const result = upgrade(old, keys);
		if (!result.ok) throw new Error(result.problem);
		expect(result.data.notes).toEqual(version3().notes);
		expect(result.data.reflection).toEqual(version3().reflection);
		expect(result.data.plan).toEqual(version3().plan);
		expect(result.data.unmatched).toEqual([
			{ from: 'note', module: 'intro', key: '5', ...note('A question since removed', 'Still mine') },
			{ from: 'note', module: 'gone', key: '1', ...note('A module since removed', 'Also mine') },
			{ from: 'answer', key: 'builder.9', answer: 1 },
			{ from: 'answer', key: 'constructor', answer: 2 },
			{ from: 'plan', module: 'intro', key: '7' },
		]);
		expect(savedDataSchema.safeParse(result.data).success).toBe(true);
	});

	it('puts a note on the question whose text it saved, even if the questions moved before the migration', () => {
		const old = version2();
		old.notes.intro = { '1': note('What will you do next?', 'Ask Sam'), '2': note('What did you notice?') };
		const result = upgrade(old, keys);
		expect(result.ok && result.data.notes).toEqual(version3().notes);
	});

	it('finds every answer, note and plan activity on the same text once the content is reordered', () => {
		const migrated = upgrade(version2(), keys);
		if (!migrated.ok) throw new Error(migrated.problem);
		const textOf = (raw: ReturnType<typeof rawFixtures>) => {
			const c = snapshot(raw);
			// Every statement the reflection could ask, by its saved id (it asks only each skill's first "I can").
			const statements = new Map([...c.roles.flatMap((r) => r.data.recognise.map((i) => [`${r.id}~${i.id}`, `I ${i.text}.`])), ...c.skills.flatMap((k) => k.data.iCan.map((i) => [`${k.id}~${i.id}`, i.text]))] as [string, string][]);
			const mod = c.modules.find((m) => m.id === 'intro')!;
			return {
				answers: Object.keys(migrated.data.reflection!.answers).map((id) => statements.get(id)),
				notes: Object.keys(migrated.data.notes.intro).map((id) => mod.data.reflection.find((q) => q.id === id)?.text),
				activity: mod.data.activities.find((a) => a.id === (migrated.data.plan!.items[1] as { activity: string }).activity)?.title,
			};
		};
		const reordered = rawFixtures();
		reordered.roles[0].recognise.reverse();
		reordered.skills[0].iCan.reverse();
		reordered.modules[0].reflection.reverse();
		reordered.modules[0].activities.reverse();
		const before = textOf(rawFixtures());
		expect(before).toEqual({ answers: ['I run a group.', 'I welcome new people.', 'I can listen well.'], notes: ['What did you notice?', 'What will you do next?'], activity: 'Read' });
		expect(textOf(reordered)).toEqual(before);
		// A version-3 document needs no key map and is read as it is, whatever the order.
		expect(upgrade(JSON.parse(JSON.stringify(migrated.data)), undefined)).toEqual(migrated);
	});

	it('without the key map, reads and changes nothing and says the document is outdated', () => {
		const text = JSON.stringify(version2());
		const store = fakeStore(text);
		expect(load(store)).toEqual({ ok: false, problem: 'outdated' });
		expect(update(store, (d) => void (d.done.x = '2026-12-02'))).toEqual({ ok: false, problem: 'outdated' });
		expect(store.items.get(storageKey)).toBe(text);
	});

	it('open() fetches the key map only for an old document, migrates it and saves the result once', async () => {
		let fetched = 0;
		const counting = async () => (fetched++, fetchKeys());
		const current = fakeStore(JSON.stringify(version3()));
		expect(await open(current, counting)).toEqual({ ok: true, data: version3() });
		expect(fetched).toBe(0);
		const old = fakeStore(JSON.stringify(version2()));
		expect(await open(old, counting)).toEqual({ ok: true, data: version3() });
		expect(fetched).toBe(1);
		expect(JSON.parse(old.items.get(storageKey)!)).toEqual(version3());
	});

	it('open() changes nothing when the key map cannot be fetched', async () => {
		const text = JSON.stringify(version2());
		const store = fakeStore(text);
		expect(await open(store, async () => undefined)).toEqual({ ok: false, problem: 'outdated' });
				expect(store.items.get(storageKey)).toBe(text);
	});

	it('migrates an imported version-2 file the same way, and refuses it plainly without the key map', async () => {
		const file = JSON.stringify({ ...version2(), exportedAt: '2026-11-22T10:00:00.000Z' });
		expect(await parseImport(file, async () => undefined)).toEqual({ ok: false, problem: 'outdated' });
		expect(await parseImport(file, fetchKeys)).toEqual({ ok: true, data: version3() });
	});
});
