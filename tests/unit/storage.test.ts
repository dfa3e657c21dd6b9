import { describe, expect, it } from 'vitest';
import { currentVersion, emptyData, erase, load, save, storageKey, today, update, upgrade, type SavedData, type Store } from '../../src/lib/storage/saved-data';
import { countSaved, exportFileName, exportText } from '../../src/lib/storage/export';
import { parseImport } from '../../src/lib/storage/import';
import { limits } from '../../src/lib/storage/schema';

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
	notes: { 'the-four-roles': { '1': { prompt: 'Which role feels closest?', text: 'Community builder, <b>mostly</b> & <script>alert(1)</script>', updated: '2026-12-01' } } },
	reflection: { answers: { 'community-builder.1': 2, 'building-trust.1': 0 }, updated: '2026-12-01' },
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

	it('brings a version-1 document up to date: everything kept, no plan yet', () => {
		const { plan: _, ...rest } = sample();
		const v1 = { ...rest, version: 1 };
		const store = fakeStore(JSON.stringify(v1));
		expect(load(store)).toEqual({ ok: true, data: { ...sample(), plan: null } });
		// Reading alone writes nothing; the first change saves the upgraded document.
		expect(store.items.get(storageKey)).toBe(JSON.stringify(v1));
		update(store, (d) => void (d.plan = { start: '09:30', items: [{ kind: 'module', module: 'the-four-roles' }] }));
		expect(JSON.parse(store.items.get(storageKey)!)).toMatchObject({ version: 2, done: sample().done, notes: sample().notes, plan: { start: '09:30' } });
	});

	it('refuses a version-2 document without its plan', () => {
		const { plan: _, ...rest } = sample();
		expect(upgrade(rest)).toEqual({ ok: false, problem: 'unreadable' });
	});

	it('writes today as a local date', () => {
		expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('export and import', () => {
	it('round-trips everything, markup in notes included, as plain text', () => {
		const text = exportText(sample(), new Date('2026-12-02T10:00:00Z'));
		expect(JSON.parse(text).exportedAt).toBe('2026-12-02T10:00:00.000Z');
		expect(parseImport(text)).toEqual({ ok: true, data: sample() });
	});

	it('imports a file exported by version 1 of the site, adding an empty plan', () => {
		const { plan: _, ...rest } = JSON.parse(exportText(sample())) as Record<string, unknown>;
		expect(parseImport(JSON.stringify({ ...rest, version: 1 }))).toEqual({ ok: true, data: { ...sample(), plan: null } });
	});

	it('imports a saved plan and checks it in full', () => {
		const withPlan: SavedData = { ...sample(), plan: { title: 'Induction', start: '10:00', items: [{ kind: 'module', module: 'the-four-roles' }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'activity', module: 'recognising-tokenism', activity: 'what-would-help' }] } };
		expect(parseImport(exportText(withPlan))).toEqual({ ok: true, data: withPlan });
		const longBreak = { ...withPlan, plan: { ...withPlan.plan!, items: [{ kind: 'break', minutes: 200 }] } };
		expect(parseImport(JSON.stringify(longBreak))).toMatchObject({ ok: false, problem: 'invalid', where: 'plan › items › 0 › minutes' });
	});

	it('names the file with the day', () => {
		expect(exportFileName('2026-12-02')).toBe('many-roles-my-data-2026-12-02.json');
	});

	it('counts what a file holds, ignoring empty notes', () => {
		const data = sample();
		data.notes['the-four-roles']['2'] = { prompt: 'Q', text: '  ', updated: '2026-12-01' };
		expect(countSaved(data)).toEqual({ done: 1, notes: 1, reflection: true, plan: false, preferences: true });
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
		['wrong types: a note that is a number', () => JSON.stringify({ ...good(), notes: { 'the-four-roles': { '1': { prompt: 'Q', text: 42, updated: '2026-12-01' } } } }), 'invalid', 'notes › the-four-roles › 1 › text'],
		['a bad date', () => JSON.stringify({ ...good(), done: { 'the-four-roles': 'yesterday' } }), 'invalid', 'done › the-four-roles'],
		['markup in a module id', () => JSON.stringify({ ...good(), done: { '<img src=x onerror=alert(1)>': '2026-12-01' } }), 'invalid'],
		['a __proto__ key', () => exportText(sample()).replace('"done": {', '"done": {"__proto__": "2026-12-01",'), 'invalid'],
		['an answer off the scale', () => JSON.stringify({ ...good(), reflection: { answers: { 'community-builder.1': 7 }, updated: '2026-12-01' } }), 'invalid', 'reflection › answers › community-builder.1'],
		['an unknown extra field', () => JSON.stringify({ ...good(), password: 'x' }), 'invalid'],
		['a note too long to be real', () => JSON.stringify({ ...good(), notes: { 'the-four-roles': { '1': { prompt: 'Q', text: 'x'.repeat(limits.noteCharacters + 1), updated: '2026-12-01' } } } }), 'invalid'],
		['a huge file', () => ' '.repeat(limits.fileCharacters) + exportText(sample()), 'too-big'],
		['an export date that is not text', () => JSON.stringify({ ...good(), exportedAt: 5 }), 'invalid', 'exportedAt'],
	];

	it.each(bad)('refuses %s, with a reason, and leaves the saved data alone', (_, file, problem, where) => {
		const saved = JSON.stringify(sample());
		const store = fakeStore(saved);
		const result = parseImport(file());
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
