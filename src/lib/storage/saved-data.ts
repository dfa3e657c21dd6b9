/**
 * Everything the site saves, in one place: a single JSON document in the browser's local storage
 * under the key `many-roles` (see `storageKey`). Nothing is ever sent anywhere; no cookies.
 *
 * ## Stored shape, version 3 (the current version)
 *
 * ```json
 * {
 *   "app": "many-roles",          // marks the document (and an exported file) as this site's
 *   "version": 3,
 *   "done":  { "<module id>": "2026-12-02" },            // modules marked done, and the day
 *   "notes": { "<module id>": { "<reflection question id>": {
 *                 "prompt": "the reflection question, as it read when the note was written",
 *                 "text": "what the person wrote (plain text, never read as HTML)",
 *                 "updated": "2026-12-02" } } },
 *   "reflection": null | { "answers": { "<statement id>": 0 | 1 | 2 }, "updated": "2026-12-02" },
 *   "preferences": { "moduleView": "learner" | "facilitator",     // each key optional
 *                    "moduleWay": "self-study" | "group" },        // activities shown on module pages
 *   "plan": null | {                                    // the session planner's plan
 *     "title": "Induction day",                          // optional
 *     "start": "09:30",                                  // 24-hour HH:MM
 *     "items": [                                         // in order, at most 60
 *       { "kind": "module", "module": "<module id>" },   // the whole module, taken the group way
 *       { "kind": "activity", "module": "<module id>", "activity": "<activity id>" },  // one group activity
 *       { "kind": "break", "minutes": 15, "label": "Tea" } ] },          // 5 to 90 minutes; label optional
 *   "unmatched": [                                      // what the migration to 3 matched to nothing,
 *                                                        // and answers to statements no longer asked
 *     { "from": "note", "module": "<module id>", "key": "4", "prompt": "…", "text": "…", "updated": "2026-12-02" },
 *     { "from": "answer", "key": "community-builder.7", "answer": 2 },
 *     { "from": "plan", "module": "<module id>", "key": "5" } ]
 * }
 * ```
 *
 * Every key is an id written in the content, never a position, so an editor can reorder a role's
 * statements, a module's reflection questions or its activities without moving anyone's answers:
 * - a note is keyed by its module's id and the reflection question's `id`;
 * - a reflection answer by its statement id: `<role id>~<item id>` for a role's everyday sentences
 *   (the short version) and its "you may already be doing this if you…" items, `<skill id>~<"I can"
 *   id>` for a skill's "I can…" statement. Both versions of the reflection save into the same
 *   answers, each page keeping the other's. The reflection page moves an answer whose id no
 *   statement has any more into `unmatched` (`from: "answer"`, `key`: the id), where My data shows it.
 *   Entry ids and item ids are lower-case words joined by hyphens and never hold `~`, and no skill
 *   may share a role's id (the integrity check), so a statement id can only be read one way;
 * - a plan's single activity by the module's id and the activity's `id`.
 * Ids of modules that no longer exist are kept, so an update never loses anyone's notes.
 *
 * Version 1 was version 2 without `plan`. Version 2 keyed by position: notes by question number
 * (from 1), answers by `<role>.<n>` (the n-th recognise item) and `<skill>.1` (its first "I can"),
 * plan activities by their number among the module's group activities (mode `both` or `group`).
 *
 * ## Versions and migrations
 *
 * `version` goes up by one whenever the shape changes in a way older code could not read. Each
 * step in `migrations` turns version n into n + 1, so a document of any earlier version is
 * brought up to date one step at a time when it is read or imported. Steps so far: 1 → 2 adds
 * `plan: null`; 2 → 3 turns positions into ids (`toIds`).
 *
 * Step 2 → 3 needs the content as built, which this file must not carry (every module page loads
 * it). The build writes `saved-data/migrate.js` (src/pages/saved-data/migrate.js.ts): the step
 * itself (migrate.ts, compiled) and the key map made by src/lib/legacy-keys.ts: per module its
 * reflection questions (id and text) and its group activities' ids, in order; per old statement
 * key (`<role>.<n>`, `<skill>.<n>`) its new id. `open()` loads it only when it finds a document
 * older than version 3, migrates and saves the result once. A note is matched by
 * its saved question text first, then by position. Whatever matches nothing goes into `unmatched`
 * with its saved text, never dropped; My data shows it and can delete it. If the fetch fails,
 * nothing is saved or changed and pages report the problem `outdated` in plain words; `load()`
 * alone reports the same for an old document until `open()` has migrated it.
 *
 * A document from a newer version of the site (or one we cannot read) is never overwritten: pages
 * that find one say so and save nothing until the person deals with it on the My data page.
 *
 * The full check of an imported file is in `import.ts`, loaded only on the My data page;
 * this file stays small because every module page loads it.
 */
import type { SavedData } from './schema';
import type { LegacyKeys, toIds } from './migrate';

export type { Answer, ModuleView, ModuleWay, Note, Plan, PlanItem, SavedData, Unmatched } from './schema';
export type { LegacyKeys } from './migrate';

export const storageKey = 'many-roles';
export const appName = 'many-roles';
export const currentVersion = 3;

/** Where the build writes the step to version 3 and its key map (routes.savedDataMigration). */
export const migrationPath = 'saved-data/migrate.js';

export const emptyData = (): SavedData => ({ app: appName, version: currentVersion, done: {}, notes: {}, reflection: null, preferences: {}, plan: null, unmatched: [] });

type Doc = Record<string, unknown>;

/** The build's key map with the step that applies it (migrate.ts), loaded together only when needed. */
export interface KeyMap {
	map: LegacyKeys;
	toIds: typeof toIds;
}

/**
 * Step n turns a version-n document into version n + 1; each step has a test in
 * tests/unit/storage.test.ts. A step only adds or reshapes: it never drops what a person saved.
 */
export const migrations: Record<number, (doc: Doc, keys: KeyMap) => Doc> = {
	/** Version 2 added the session planner's plan; nobody had one before. */
	1: (doc) => ({ ...doc, plan: null }),
	/** Version 3 keys everything by the ids in the content instead of by position (migrate.ts). */
	2: (doc, keys) => keys.toIds(doc, keys.map),
};

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `outdated`: older than version 3, and the key map to migrate it is not (or could not be) loaded. */
export type ReadProblem = 'unreadable' | 'foreign' | 'unknown-version' | 'newer' | 'outdated';

export type Read = { ok: true; data: SavedData } | { ok: false; problem: ReadProblem };


/** The key map, once `open()` or an import has fetched it: later reads on the page use it too. */
let legacyKeys: KeyMap | undefined;

/**
 * Brings a parsed document up to the current version. It checks only what this file relies on
 * (the marker, the version and that each part is an object); imports are checked in full first.
 * A version-1 or -2 document needs the build's key map (`outdated` without it).
 */
export function upgrade(value: unknown, keys = legacyKeys): Read {
	if (!isObject(value)) return { ok: false, problem: 'unreadable' };
	if (value.app !== appName) return { ok: false, problem: 'foreign' };
	let doc = value;
	const version = doc.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'unknown-version' };
	if (version > currentVersion) return { ok: false, problem: 'newer' };
	if (version < 3 && !keys) return { ok: false, problem: 'outdated' };
	for (let v = version; v < currentVersion; v++) {
		const step = migrations[v];
		if (!step) return { ok: false, problem: 'unknown-version' };
		doc = { ...step(doc, keys!), version: v + 1 };
	}
	// `unmatched` is read only on My data, which checks the document in full.
	const { done, notes, reflection, preferences, plan } = doc;
	if (!isObject(done) || !isObject(notes) || !isObject(preferences) || (reflection !== null && !isObject(reflection)) || (plan !== null && !isObject(plan)))
		return { ok: false, problem: 'unreadable' };
	return { ok: true, data: doc as unknown as SavedData };
}

/** The storage the pages use; a parameter so tests can pass a fake. */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Loaded = Read | { ok: false; problem: 'blocked' };
/** What `open()` gives: `full` if a migrated document could not be saved. */
export type Opened = Loaded | { ok: false; problem: 'full' };

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

/**
 * The saved document exactly as stored, unread: null if nothing is saved or storage is off. My data
 * hands this over when it cannot read the document, so nothing is lost.
 */
export function savedText(store: Store): string | null {
	try {
		return store.getItem(storageKey);
	} catch {
		return null;
	}
}

/**
 * Runs the build's `saved-data/migrate.js`, which leaves the key map and its step in
 * `globalThis.manyRolesKeyMap`. A script element, not `import()`: Vite wraps every `import()` in its
 * preload helper, a shared chunk that would then load on every reading page.
 */
export const keyMapFromSite = () =>
	new Promise<KeyMap | undefined>((resolve) => {
		const done = () => resolve((globalThis as { manyRolesKeyMap?: KeyMap }).manyRolesKeyMap);
		// BASE_URL is the site's folder, with or without its last slash. The address is the route
		// table's savedDataMigration, written out so that every module page need not load the table
		// (tests/unit/routes.test.ts holds the two together).
		const src = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${migrationPath}`;
		document.head.append(Object.assign(document.createElement('script'), { type: 'module', src, onload: done, onerror: done }));
	});

/**
 * What is saved, as `load()`, but a document older than version 3 is first migrated (loading the
 * build's key map, only then, and keeping it for the page's later reads) and saved once migrated.
 * Every page that saves starts here. `loadKeys` is for tests.
 */
export async function open(store: Store, loadKeys = keyMapFromSite): Promise<Opened> {
	const first = load(store);
	if (first.ok || first.problem !== 'outdated' || !(legacyKeys ??= await loadKeys())) return first;
	// Read again, now with the key map, and saved at once, so every later read is version 3.
	return update(store, () => {});
}

/** Forgets a fetched key map (for tests). */
export const forgetLegacyKeys = () => void (legacyKeys = undefined);

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
