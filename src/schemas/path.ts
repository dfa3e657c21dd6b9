/** A learning path: modules in order, for one audience, alone or as a group session. */
import { z } from 'astro/zod';
import { audienceSchema, provenance, ref, titleMax } from './shared';
import { outcomeSchema } from './module';
import { planLimits } from '../lib/planner/limits';

/**
 * A module in the path; in group sessions also one activity of a module, or a break. A single
 * activity lets a session take only part of a module, so that a session built on several modules
 * has one welcome and one close rather than one per module.
 */
export const pathStepSchema = z.union([
	z.object({
		/** id of the module. */
		module: ref('modules'),
		/** id of one of the module's activities (group paths only): take just that activity. */
		activity: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an activity id: lower-case words joined by hyphens')
			.optional(),
	}),
	z.object({
		/** Length of the break in minutes. */
		break: z.number().int().min(5).max(90),
		/** What the break is, e.g. "Tea and coffee". */
		label: z.string().trim().min(2).max(60).optional(),
	}),
]);
export type PathStep = z.output<typeof pathStepSchema>;

export const pathSchema = z
	.object({
		title: z.string().trim().min(3).max(titleMax),
		/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
		summary: z.string().trim().min(40).max(240),
		/** Who it is for, main audience first. */
		audiences: z.array(audienceSchema).min(1).max(3),
		/** `self-study`: a person works through it alone; `group`: a facilitator runs it as a session. */
		format: z.enum(['self-study', 'group']),
		outcomes: z.array(outcomeSchema).min(2).max(8),
		/** Modules (and breaks) in the order they are taken. */
		steps: z.array(pathStepSchema).min(1).max(40),
		/** Paths to take first. */
		prerequisites: z.array(ref('paths')).max(4).default([]),
		/** For group sessions: a suggested start time (24-hour HH:MM) for timetables. */
		startTime: z
			.string()
			.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 09:30')
			.optional(),
		/**
		 * For group sessions: how many people it is planned for. The pack prints that many copies of each
		 * participant sheet and a sign-in sheet with a row for each; without it, the sheet has blank rows.
		 */
		groupSize: z.number().int().min(planLimits.groupSize.min).max(planLimits.groupSize.max).optional(),
		order: z.number().int().min(1).max(1000),
		...provenance,
	})
	.refine((path) => path.format === 'group' || path.steps.every((step) => !('break' in step)), {
		error: 'only group paths have breaks; remove the break steps or set format: group',
		path: ['steps'],
	})
	.refine((path) => path.format === 'group' || path.groupSize === undefined, {
		error: 'only group paths have a group size; remove groupSize or set format: group',
		path: ['groupSize'],
	})
	.refine((path) => path.format === 'group' || path.steps.every((step) => !('activity' in step && step.activity)), {
		error: 'only group paths take single activities; name whole modules or set format: group',
		path: ['steps'],
	});

export type PathInput = z.input<typeof pathSchema>;
export type PathData = z.output<typeof pathSchema>;
