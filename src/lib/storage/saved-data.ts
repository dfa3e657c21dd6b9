/**
 * Everything the site saves, in one place: a single JSON document in the browser's local storage
 * under the key `many-roles` (see `storageKey`). Nothing is ever sent anywhere; no cookies.
 *
 * ## Stored shape, version 2 (the current version)
 *
 * ```json
 * {
 *   "app": "many-roles",          // marks the document (and an exported file) as this site's
 *   "version": 2,
 *   "done":  { "<module id>": "2026-12-02" },            // modules marked done, and the day
 *   "notes": { "<module id>": { "<prompt number, from 1>": {
 *                 "prompt": "the reflection question, as it read when the note was written",
 *                 "text": "what the person wrote (plain text, never read as HTML)",
 *                 "updated": "2026-12-02" } } },
 *   "reflection": null | { "answers": { "<statement id>": 0 | 1 | 2 }, "updated": "2026-12-02" },
 *   "preferences": { "moduleView": "learner" | "facilitator" },  // each key optional
 *   "plan": null | {                                    // the session planner's plan (version 2)
 *     "title": "Induction day",                          // optional
 *     "start": "09:30",                                  // 24-hour HH:MM
 *     "items": [                                         // in order, at most 60
 *       { "kind": "module", "module": "<module id>" },   // the whole module, taken the group way
 *       { "kind": "activity", "module": "<module id>", "activity": 2 },  // its 2nd group activity
 *       { "kind": "break", "minutes": 15, "label": "Tea" } ] }           // 5 to 90 minutes; label optional
 * }
 * ```
 *
 * Version 1 was the same without `plan`.
 *
 * Module and statement ids are lowercase words joined by hyphens (statement ids may also hold
 * one dot). Ids of modules that no longer exist are kept, so an update never loses anyone's notes.
 *
 * ## Versions and migrations
 *
 * `version` goes up by one whenever the shape changes in a way older code could not read. Each
 * step in `migrations` turns version n into n + 1, so a document of any earlier version is
 * brought up to date one step at a time when it is read or imported. Steps so far: 1 → 2 adds
 * `plan: null`. A document from a newer
 * version of the site (or one we cannot read) is never overwritten: pages that find one say so
 * and save nothing until the person deals with it on the My data page.
 *
 * The full check of an imported file is in `import.ts`, loaded only on the My data page;
 * this file stays small because every module page loads it.
 */
import type { SavedData } from './schema';

export type { Answer, ModuleView, Note, Plan, PlanItem, SavedData } from './schema';

export const storageKey = 'many-roles';
export const appName = 'many-roles';
export const currentVersion = 2;

export const emptyData = (): SavedData => ({ app: appName, version: currentVersion, done: {}, notes: {}, reflection: null, preferences: {}, plan: null });

type Doc = Record<string, unknown>;

/**
 * Step n turns a version-n document into version n + 1; each step has a test in
 * tests/unit/storage.test.ts. A step only adds or reshapes: it never drops what a person saved.
 */
export const migrations: Record<number, (doc: Doc) => Doc> = {
	/** Version 2 added the session planner's plan; nobody had one before. */
	1: (doc) => ({ ...doc, plan: null }),
};

export type ReadProblem = 'unreadable' | 'foreign' | 'unknown-version' | 'newer';

export type Read = { ok: true; data: SavedData } | { ok: false; problem: ReadProblem };

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a parsed document up to the current version. It checks only what this file relies on
 * (the marker, the version and that each part is an object); imports are checked in full first.
 */
export function upgrade(value: unknown): Read {
	if (!isObject(value)) return { ok: false, problem: 'unreadable' };
	if (value.app !== appName) return { ok: false, problem: 'foreign' };
	let doc = value;
	const version = doc.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'unknown-version' };
	if (version > currentVersion) return { ok: false, problem: 'newer' };
	for (let v = version; v < currentVersion; v++) {
		const step = migrations[v];
		if (!step) return { ok: false, problem: 'unknown-version' };
		doc = { ...step(doc), version: v + 1 };
	}
	const { done, notes, reflection, preferences, plan } = doc;
	if (!isObject(done) || !isObject(notes) || !isObject(preferences) || (reflection !== null && !isObject(reflection)) || (plan !== null && !isObject(plan)))
		return { ok: false, problem: 'unreadable' };
	return { ok: true, data: doc as unknown as SavedData };
}

/** The storage the pages use; a parameter so tests can pass a fake. */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Loaded = Read | { ok: false; problem: 'blocked' };

/** What is saved on this device: an empty document if nothing is; `blocked` if storage is off. */
export function load(store: Store): Loaded {
	let text: string | null;
	try {
		text = store.getItem(storageKey);
	} catch {
		return { ok: false, problem: 'blocked' };
	}
	if (text === null) return { ok: true, data: emptyData() };
	try {
		return upgrade(JSON.parse(text));
	} catch {
		return { ok: false, problem: 'unreadable' };
	}
}

/** Saves the document; false if the browser refused (storage off or full). */
export function save(store: Store, data: SavedData): boolean {
	try {
		store.setItem(storageKey, JSON.stringify(data));
		return true;
	} catch {
		return false;
	}
}

/**
 * Reads, changes and saves in one go. Returns the saved document, or the problem that stopped
 * it; a document it cannot read is left exactly as it was.
 */
export function update(store: Store, change: (data: SavedData) => void): Loaded | { ok: false; problem: 'full' } {
	const loaded = load(store);
	if (!loaded.ok) return loaded;
	change(loaded.data);
	return save(store, loaded.data) ? loaded : { ok: false, problem: 'full' };
}

/** Deletes everything the site saved. */
export function erase(store: Store): boolean {
	try {
		store.removeItem(storageKey);
		return true;
	} catch {
		return false;
	}
}

/** Today as YYYY-MM-DD, in the person's own time zone. */
export function today(now = new Date()): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** "2 December 2026" from "2026-12-02", in the page's language. */
export function longDate(day: string, lang = document.documentElement.lang): string {
	const [y, m, d] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/**
 * The browser's local storage, reached only inside the calls above: merely touching
 * `localStorage` throws in some browsers when storage is switched off, and load() turns that
 * into `blocked` instead of a broken page.
 */
export const browserStore: Store = {
	getItem: (key) => localStorage.getItem(key),
	setItem: (key, value) => localStorage.setItem(key, value),
	removeItem: (key) => localStorage.removeItem(key),
};
