/**
 * Materials and preparation as a trainer reads them. Modules write an activity's materials for
 * whoever takes it, often a learner on their own: "Printed copy of this page, one each", "Your
 * private list from earlier". On a session's checklist "this page" is a module's participant
 * handout, and "your list" is each participant's, so the checklists say which handout to print,
 * whose list it is, and how many copies once the trainer has given a group size.
 *
 * The patterns match the site's English content; their replacement words come from the
 * dictionary (`materialLabelKeys`), on the server and through data-labels in the browser.
 */
import type { Labels } from '../labels';
import type { Session } from './build';

/** The dictionary keys this layer reads. */
export const materialLabelKeys = ['materials.handout', 'materials.own', 'materials.copies'] as const;

type Words = Pick<Labels, 't'>;

/** "this page" and "the page", but not "the skill page" or "the four role pages". */
const thisPage = /\b(?:this|the) page\b/gi;
/** Something a participant made earlier in the session: "Your private list from earlier". */
const yours = /^your\s+/i;
/** An item needed once per person. */
const perPerson = /\b(?:one each|for each person)\b/i;

/** One material or preparation step of an activity of `module`, in the trainer's words. */
export function forTrainer(text: string, module: string, words: Words, copies?: number): string {
	let out = text.replace(thisPage, () => words.t('materials.handout', { module }));
	if (yours.test(out)) out = words.t('materials.own', { thing: out.replace(yours, '') });
	if (copies !== undefined && perPerson.test(out)) out = out.replace(perPerson, (each) => words.t('materials.copies', { each, count: copies }));
	return out;
}

/**
 * Every distinct material or preparation step of a session, in first-needed order, in the
 * trainer's words (each once, case and spacing ignored). "This page" names its module, so two
 * modules' handouts are two items, not one.
 */
export function trainerChecklist(session: Pick<Session, 'rows'>, field: 'materials' | 'preparation', words: Words, copies?: number): string[] {
	const seen = new Set<string>();
	const items: string[] = [];
	for (const row of session.rows) {
		if (row.kind !== 'activity') continue;
		for (const text of row.activity[field]) {
			const item = forTrainer(text, row.module.data.title, words, copies);
			const key = item.toLowerCase().replace(/\s+/g, ' ').trim();
			if (seen.has(key)) continue;
			seen.add(key);
			items.push(item);
		}
	}
	return items;
}

/** For each module of a session, the ids of the activities it runs, in order: what its pack prints. */
export function chosenActivities(session: Pick<Session, 'rows'>): Map<string, string[]> {
	const chosen = new Map<string, string[]>();
	for (const row of session.rows) {
		if (row.kind !== 'activity') continue;
		const ids = chosen.get(row.module.id) ?? [];
		if (!ids.includes(row.activity.id)) ids.push(row.activity.id);
		chosen.set(row.module.id, ids);
	}
	return chosen;
}

/**
 * Rows on a sign-in sheet: one for each person when the group size is known (a planner's group, a
 * ready-made session's `groupSize`), else this many blank rows, a small group's worth.
 */
export const defaultSignInRows = 12;
export const signInRows = (group?: number): number => group ?? defaultSignInRows;

/** A part of a pack to copy: a participant handout or a sheet; `once` for a sheet the room shares (the sign-in sheet). */
export interface CopyItem {
	title: string;
	once?: boolean;
}

/**
 * The pack's "what to copy" list: "print 10" of each participant part once the group size is
 * known, "one for each person" before; one of a sheet the room shares. Ready-made packs and the
 * planner's pack both list their copies with it.
 */
export function copiesToMake(items: readonly CopyItem[], words: Words, group?: number): string[] {
	return items.map(({ title, once }) => (once ? words.t('pack.copyOne', { title }) : group ? words.t('pack.copyCount', { title, count: group }) : words.t('pack.copyEach', { title })));
}

/** A module's cards a session prints: its card set, and which of the role-plays it runs hand out role-play cards. */
export interface KitCards {
	module: { id: string; title: string };
	/** Titles of the role-plays the session runs that have parts (role-play cards), in order. */
	rolePlays: string[];
}

/**
 * The card sets a session prints (src/lib/cards.ts), one per module in first-needed order: every
 * module's activity and question cards, and the role-play cards of the role-plays it runs. A
 * role-play the session leaves out asks for no cards.
 */
export function kitCards(session: Pick<Session, 'rows'>): KitCards[] {
	const kit = new Map<string, KitCards>();
	for (const row of session.rows) {
		if (row.kind !== 'activity') continue;
		const item = kit.get(row.module.id) ?? { module: { id: row.module.id, title: row.module.data.title }, rolePlays: [] };
		// Only a role-play has parts (the module schema); the planner's lighter activities have none.
		const parts = (row.activity as { parts?: readonly unknown[] }).parts ?? [];
		if (parts.length > 0 && !item.rolePlays.includes(row.activity.title)) item.rolePlays.push(row.activity.title);
		kit.set(row.module.id, item);
	}
	return [...kit.values()];
}
