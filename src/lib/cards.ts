/**
 * A module's card set, derived from its content so the cards never differ from the module:
 * - an activity card for each activity (title, minutes, who it is for, what to do);
 * - a role-play card for each part of each role-play that has parts (`parts` in the module's
 *   activities), with the scenario card before them when the activity has its own fictional example;
 * - a question card for each reflection prompt.
 *
 * The card set is one handout per module (kind `cards`, src/lib/routes.ts), printed several cards
 * to a sheet with cut lines; a card never splits across pages (handout.css). Plain TypeScript with
 * no content import, so the unit tests feed it modules parsed through the real schema.
 */
import type { ActivityMode, ModuleData } from '../schemas/module';

export interface ActivityCard {
	/** The activity's id: the card's anchor, so a card can be found in the printed set. */
	id: string;
	title: string;
	minutes: number;
	mode: ActivityMode;
	/** What to do: the group steps, or the steps for one person where the activity is only for one. */
	steps: string[];
}

export interface RolePlayCard {
	/** `<activity id>-<n>`: unique in the set. */
	id: string;
	/** The role-play's title, so cards of two role-plays are never mixed up. */
	activity: string;
	/** The part: "Alex", "The watcher"; absent on the scenario card. */
	part?: string;
	/** The part's brief, or the scenario's text. */
	lines: string[];
}

export interface QuestionCard {
	id: string;
	text: string;
}

export interface CardSet {
	activities: ActivityCard[];
	rolePlays: RolePlayCard[];
	questions: QuestionCard[];
}

/** Every card a module's content makes, in the module's order. */
export function cardSet(module: Pick<ModuleData, 'activities' | 'reflection'>): CardSet {
	const activities = module.activities.map((a) => ({
		id: a.id,
		title: a.title,
		minutes: a.minutes,
		mode: a.mode,
		steps: a.mode === 'self-study' ? (a.selfStudy ?? a.instructions) : a.instructions,
	}));
	const rolePlays = module.activities
		.filter((a) => a.parts.length > 0)
		.flatMap((a) => [
			...(a.example ? [{ id: `${a.id}-scenario`, activity: a.title, lines: [a.example.text] }] : []),
			...a.parts.map((part, i) => ({ id: `${a.id}-${i + 1}`, activity: a.title, part: part.name, lines: part.brief })),
		]);
	const questions = module.reflection.map((r) => ({ id: r.id, text: r.text }));
	return { activities, rolePlays, questions };
}

/** How many cards a set prints. */
export const cardCount = (set: CardSet) => set.activities.length + set.rolePlays.length + set.questions.length;
