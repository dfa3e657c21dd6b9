/** A training module: a real unit a trainer can run or a person can work through alone. */
import { z } from 'astro/zod';
import { audienceSchema, identified, idPattern, line, provenance, ref, titleMax } from './shared';

/** What kind of activity; drives the icon-free label shown beside each activity and the room view. */
export const activityTypes = [
	'welcome',
	'reading',
	'reflection',
	'discussion',
	'pair-work',
	'small-group',
	'world-cafe',
	'role-play',
	'case-study',
	'writing',
	'planning',
	'presentation',
	'closing',
] as const;

/** `both`: done alone or in a group; `group`: only in a session; `self-study`: only alone. */
export const activityModes = ['both', 'group', 'self-study'] as const;
export type ActivityMode = (typeof activityModes)[number];

/** Words that describe a state of mind rather than something a trainer can see someone do. */
const unobservableVerbs = /^(understand|know|appreciate|be aware|learn|realise|realize|feel)\b/i;

/** A learning outcome: starts with a verb a trainer can observe ("Describe…", "List…"). */
export const outcomeSchema = line(220).refine((text) => !unobservableVerbs.test(text), {
	error: 'must start with a verb a trainer can observe (describe, name, explain, plan…), not understand/know/learn',
});

/** A fictional example or scenario, always shown with a "fictional example" label. */
export const exampleSchema = z.object({
	title: z.string().trim().min(3).max(80),
	/** The scenario, in plain sentences. Never a real person's story. */
	text: z.string().trim().min(40).max(1200),
});

/**
 * One part in a role-play: who the person plays and what their card tells them. Printed one card
 * each on the module's card set (src/lib/cards.ts), always labelled as a fictional role-play.
 */
export const rolePlayPartSchema = z.object({
	/** Who the card is for: "Alex", "The project lead", "The watcher". */
	name: z.string().trim().min(2).max(60),
	/** What the person playing the part knows and aims for, in plain sentences. */
	brief: z.array(line(300)).min(1).max(5),
});
export type RolePlayPart = z.output<typeof rolePlayPartSchema>;

export const activitySchema = z.object({
	/** Unique within the module: used for anchors, the planner and the room view. */
	id: z.string().regex(idPattern, 'must be lower-case words joined by hyphens'),
	title: z.string().trim().min(3).max(80),
	type: z.enum(activityTypes),
	mode: z.enum(activityModes).default('both'),
	/** Length in minutes. A module's activities must add up to its stated time for each format. */
	minutes: z.number().int().min(1).max(240),
	/** Steps for participants, in order. */
	instructions: z.array(line(400)).min(1).max(12),
	/** Steps for someone working alone, where they differ from the group steps. */
	selfStudy: z.array(line(400)).max(12).optional(),
	/** What participants need: paper, pens, printed handouts… */
	materials: z.array(line(160)).max(12).default([]),
	/** What the facilitator does before the session. */
	preparation: z.array(line(240)).max(12).default([]),
	/** Notes for the facilitator only; learners' views leave these out. */
	facilitatorNotes: z.array(line(500)).max(12).default([]),
	/** A fictional scenario the activity works with. */
	example: exampleSchema.optional(),
	/** For a role-play: the parts people play, each printed as a role-play card. */
	parts: z.array(rolePlayPartSchema).max(8).default([]),
}).refine((activity) => activity.parts.length === 0 || activity.type === 'role-play', {
	error: 'only a role-play activity has parts (role-play cards)',
	path: ['parts'],
});
export type Activity = z.output<typeof activitySchema>;

/** Time for each way of taking the module. At least one. */
export const formatSchema = z
	.object({
		/** Minutes when a person works through the module alone. */
		selfStudy: z.number().int().min(5).max(600).optional(),
		/** Minutes when a facilitator runs it with a group. */
		group: z.number().int().min(5).max(600).optional(),
	})
	.refine((format) => format.selfStudy !== undefined || format.group !== undefined, {
		error: 'needs selfStudy minutes, group minutes, or both',
	});
export type ModuleFormat = z.output<typeof formatSchema>;

export const moduleLevels = ['starting', 'building', 'deepening'] as const;

export const moduleSchema = z.object({
	title: z.string().trim().min(3).max(titleMax),
	/** One or two plain sentences (Flesch-Kincaid grade 7 or lower). */
	summary: z.string().trim().min(40).max(240),
	/** Who it is for, main audience first; the first sets the readability limit. */
	audiences: z.array(audienceSchema).min(1).max(3),
	/** Roles the module develops. Empty for modules about all roles or about practice. */
	roles: z.array(ref('roles')).max(4).default([]),
	/** Skills the module develops. */
	skills: z.array(ref('skills')).max(10).default([]),
	/** Challenges the module helps people face; challenge pages link back to it. */
	challenges: z.array(ref('challenges')).max(10).default([]),
	level: z.enum(moduleLevels).default('starting'),
	/** What someone can do by the end, each starting with an observable verb. */
	outcomes: z.array(outcomeSchema).min(2).max(6),
	format: formatSchema,
	/** Modules to take first. */
	prerequisites: z.array(ref('modules')).max(6).default([]),
	/** The questions the module helps people answer. */
	keyQuestions: z.array(line(200)).min(1).max(6),
	activities: z.array(activitySchema).min(1).max(20),
	/** Prompts for thinking or writing after the module, each with an id: notes are saved by it. */
	reflection: z.array(identified(line(240))).min(2).max(8),
	keyPoints: z.array(line()).min(2).max(8),
	/** Shown before the content where the subject may be distressing (e.g. telling your own story). */
	contentNote: line(400).optional(),
	/**
	 * For a World Café module: the id of its harvest activity. The facilitator version then shows
	 * the café laid out for several group sizes (src/lib/world-cafe.ts), the harvest's minutes
	 * shared between the hosts' reports and the whole-room talk.
	 */
	worldCafeHarvest: z.string().regex(idPattern, 'must be an activity id: lower-case words joined by hyphens').optional(),
	/** Position in module lists. */
	order: z.number().int().min(1).max(10000),
	...provenance,
});

export type ModuleInput = z.input<typeof moduleSchema>;
export type ModuleData = z.output<typeof moduleSchema>;
