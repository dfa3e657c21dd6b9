/**
 * The limits of a session plan, apart from its schema so that the planner's browser script can
 * check links against them without loading zod. The schema (src/lib/storage/schema.ts) uses the
 * same numbers, so a plan a link can hold is a plan storage accepts.
 */
export const planLimits = {
	/** More than a long day of modules, so no real plan comes near it. */
	items: 60,
	titleCharacters: 100,
	labelCharacters: 60,
	/** As a path's break steps allow (src/schemas/path.ts). */
	breakMinutes: { min: 5, max: 90 },
	/** People in the group, for copy counts: from a pair to a large conference room. */
	groupSize: { min: 1, max: 200 },
} as const;
