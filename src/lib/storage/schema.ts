/**
 * The full check of the saved document (shape documented in saved-data.ts), and the source of its
 * types. Written with zod/mini, which is small enough to load on the one page that imports files;
 * reading pages import only the types from here, so none of this reaches their script.
 */
import * as z from 'zod/mini';
import { planLimits } from '../planner/limits';
import { limits } from './limits';

export { limits };

/** Lowercase words joined by hyphens, as every content id is; this also keeps markup and `__proto__` out. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().check(z.maxLength(120), z.regex(idPattern, 'must be an id such as the-four-roles'));
/** Reflection statements are `<role id>~<recognise item id>` or `<skill id>~<"I can" id>`. */
const statementId = z.string().check(z.maxLength(190), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*~[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a statement id such as community-builder~bring-together-people'));
const day = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date such as 2026-12-02'));


const fewer = <T extends object>(max: number) => z.refine<T>((value) => Object.keys(value).length <= max, `must have at most ${max} entries`);

export const noteSchema = z.strictObject({
	prompt: z.string().check(z.maxLength(limits.promptCharacters)),
	text: z.string().check(z.maxLength(limits.noteCharacters)),
	updated: day,
});

/** A start time, 24-hour HH:MM. */
const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 09:30'));
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));


/**
 * One step of a session plan: a whole module taken the group way, one of its group activities
 * (by the activity's id in the module), or a break.
 */
export const planItemSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('module'), module: id }),
	z.strictObject({ kind: z.literal('activity'), module: id, activity: id }),
	z.strictObject({
		kind: z.literal('break'),
		minutes: whole(planLimits.breakMinutes.min, planLimits.breakMinutes.max),
		label: z.optional(z.string().check(z.maxLength(planLimits.labelCharacters))),
	}),
]);

/** A session a trainer puts together on the planner page. */
export const planSchema = z.strictObject({
	title: z.optional(z.string().check(z.maxLength(planLimits.titleCharacters))),
	start: clock,
	/** The time the trainer wants to finish by; the planner says how far over or under the plan runs. */
	end: z.optional(clock),
	/** How many people take part: the checklists and the pack say how many copies to print. */
	group: z.optional(whole(planLimits.groupSize.min, planLimits.groupSize.max)),
	items: z.array(planItemSchema).check(z.maxLength(planLimits.items)),
});

export const answerSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);

/** A version-2 key (a position) that stood for nothing on the site when it was migrated. */
const oldKey = z.string().check(z.maxLength(130));
/**
 * Something saved that the migration to version 3 could not match to anything on the site: kept,
 * with where it came from, so that it is never lost and My data can show it or delete it.
 */
export const unmatchedSchema = z.discriminatedUnion('from', [
	/** A note under a module's reflection question: `key` was the question's number. */
	z.strictObject({ from: z.literal('note'), module: id, key: oldKey, prompt: noteSchema.shape.prompt, text: noteSchema.shape.text, updated: day }),
	/** An answer in the role reflection: `key` was `<role>.<n>` or `<skill>.<n>`, or is the id of a statement no longer asked (moved here by the reflection page). */
	z.strictObject({ from: z.literal('answer'), key: oldKey, answer: answerSchema }),
	/** A single activity in the session plan: `key` was its number among the module's group activities. */
	z.strictObject({ from: z.literal('plan'), module: id, key: oldKey }),
]);

export const savedDataSchema = z.strictObject({
	app: z.literal('many-roles'),
	version: z.literal(3),
	done: z.record(id, day).check(fewer(limits.entries)),
	/** Notes by module, then by the id of the reflection question (since version 3). */
	notes: z.record(id, z.record(id, noteSchema)).check(fewer(limits.entries)),
	reflection: z.nullable(z.strictObject({ answers: z.record(statementId, answerSchema).check(fewer(500)), updated: day })),
	/** `moduleWay` (added within version 3: optional, so every earlier document still reads): the way module pages show their activities. */
	preferences: z.strictObject({ moduleView: z.optional(z.enum(['learner', 'facilitator'])), moduleWay: z.optional(z.enum(['self-study', 'group'])) }),
	/** The session planner's plan (since version 2); null until someone makes one. */
	plan: z.nullable(planSchema),
	/** What the migration to version 3 could not match (since version 3); usually empty. */
	unmatched: z.array(unmatchedSchema).check(z.maxLength(limits.entries)),
});

export type SavedData = z.output<typeof savedDataSchema>;
export type Note = z.output<typeof noteSchema>;
export type Answer = z.output<typeof answerSchema>;
export type Plan = z.output<typeof planSchema>;
export type PlanItem = z.output<typeof planItemSchema>;
export type Unmatched = z.output<typeof unmatchedSchema>;
export type ModuleView = NonNullable<SavedData['preferences']['moduleView']>;
export type ModuleWay = NonNullable<SavedData['preferences']['moduleWay']>;
