/**
 * Step 2 → 3 of the saved document (described in saved-data.ts): positions become the ids in the
 * content, through the key map made from the content as built (src/lib/legacy-keys.ts).
 *
 * The build serves this file, compiled, with the key map appended (`map`, and both as
 * `globalThis.manyRolesKeyMap`), at `saved-data/migrate.js` (src/pages/saved-data/migrate.js.ts);
 * a page runs it only when it
 * finds a document older than version 3, so reading pages carry none of it. So it must import
 * nothing at run time (types only) and stay plain enough to compile on its own.
 */
import type { Unmatched } from './schema';

type Doc = Record<string, unknown>;

/** What the build says version-2 keys stand for (`saved-data/legacy-keys.json`). */
export interface LegacyKeys {
	/** Per module: its reflection questions as [id, text] and its group activities' ids, in order. */
	modules: Record<string, { questions: [string, string][]; activities: string[] }>;
	/** `<role>.<n>` and `<skill>.<n>` → `<role>~<id>` and `<skill>~<id>`. */
	statements: Record<string, string>;
}

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value of the map's own, so a key such as `constructor` finds nothing. */
const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

/** Step 2 → 3: positions to ids, through the build's key map; what matches nothing is kept aside. */
export function toIds(doc: Doc, keys: LegacyKeys): Doc {
	const unmatched: Unmatched[] = [];
	const notes: Record<string, Doc> = {};
	for (const [module, byNumber] of Object.entries(isObject(doc.notes) ? doc.notes : {})) {
		const questions = own(keys.modules, module)?.questions ?? [];
		for (const [key, note] of Object.entries(isObject(byNumber) ? byNumber : {})) {
			if (!isObject(note)) continue;
			const id = (questions.find(([, text]) => text === String(note.prompt).trim()) ?? questions[Number(key) - 1])?.[0];
			const mine = (notes[module] ??= {});
			if (id && !(id in mine)) mine[id] = note;
			else unmatched.push({ from: 'note', module, key, ...note } as Unmatched);
		}
		if (!Object.keys(notes[module] ?? {}).length) delete notes[module];
	}
	let reflection = doc.reflection;
	if (isObject(reflection) && isObject(reflection.answers)) {
		const answers: Doc = {};
		for (const [key, answer] of Object.entries(reflection.answers)) {
			const id = own(keys.statements, key);
			if (id) answers[id] = answer;
			else unmatched.push({ from: 'answer', key, answer } as Unmatched);
		}
		reflection = Object.keys(answers).length ? { ...reflection, answers } : null;
	}
	let plan = doc.plan;
	if (isObject(plan) && Array.isArray(plan.items)) {
		const items = [];
		for (const item of plan.items as unknown[]) {
			if (!isObject(item) || item.kind !== 'activity') items.push(item);
			else {
				const module = String(item.module);
				const id = own(keys.modules, module)?.activities[Number(item.activity) - 1];
				if (id) items.push({ ...item, activity: id });
				else unmatched.push({ from: 'plan', module, key: String(item.activity) });
			}
		}
		plan = { ...plan, items };
	}
	return { ...doc, notes, reflection, plan, unmatched };
}
