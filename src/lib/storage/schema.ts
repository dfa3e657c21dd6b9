/**
 * The full check of the saved document (shape documented in saved-data.ts), and the source of its
 * types. Written with zod/mini, which is small enough to load on the one page that imports files;
 * reading pages import only the types from here, so none of this reaches their script.
 */
import * as z from 'zod/mini';
import { limits } from './limits';

export { limits };

/** Lowercase words joined by hyphens, as every content id is; this also keeps markup and `__proto__` out. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().check(z.maxLength(120), z.regex(idPattern, 'must be an id such as the-four-roles'));
/** Reflection statements are `<role>.<n>` or `<skill>.<n>`. */
const statementId = z.string().check(z.maxLength(130), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[0-9]{1,2}$/, 'must be a statement id such as community-builder.1'));
const day = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date such as 2026-12-02'));


const fewer = <T extends object>(max: number) => z.refine<T>((value) => Object.keys(value).length <= max, `must have at most ${max} entries`);

export const noteSchema = z.strictObject({
	prompt: z.string().check(z.maxLength(limits.promptCharacters)),
	text: z.string().check(z.maxLength(limits.noteCharacters)),
	updated: day,
});

export const answerSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);

export const savedDataSchema = z.strictObject({
	app: z.literal('many-roles'),
	version: z.literal(1),
	done: z.record(id, day).check(fewer(limits.entries)),
	notes: z.record(id, z.record(z.string().check(z.regex(/^[1-9]$/, 'must be a prompt number from 1 to 9')), noteSchema)).check(fewer(limits.entries)),
	reflection: z.nullable(z.strictObject({ answers: z.record(statementId, answerSchema).check(fewer(500)), updated: day })),
	preferences: z.strictObject({ moduleView: z.optional(z.enum(['learner', 'facilitator'])) }),
});

export type SavedData = z.output<typeof savedDataSchema>;
export type Note = z.output<typeof noteSchema>;
export type Answer = z.output<typeof answerSchema>;
export type ModuleView = NonNullable<SavedData['preferences']['moduleView']>;
