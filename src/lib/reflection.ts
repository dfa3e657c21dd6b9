/**
 * "Which roles do I take?": the statements, the summary of someone's answers and what to try
 * next. Plain functions with no content imports, so the browser script and the tests share them.
 *
 * Roles are not fixed labels: the paper says skills are shared between roles and more roles may
 * emerge (the site reads that as roles overlapping and people moving between them), and that some
 * do not see themselves as leaders at all. So nothing here ranks roles or picks one "result": every role
 * is described in its own words, in the site's fixed order, whatever the answers.
 */

import type { Identified } from '../schemas/shared';
import type { Answer } from './storage/schema';

export type { Answer };
/** How much a statement is like someone: 0 not yet, 1 a bit, 2 a lot (saved as such). */
export const answers: readonly Answer[] = [0, 1, 2];

export interface Statement {
	/** `<role>~<item id>` for a role's "you may already be doing this if you…" items, `<skill>~<id>` for "I can…" (statementId). */
	id: string;
	text: string;
	/** Every role it says something about. */
	roles: string[];
}

export interface RoleGroup {
	roleId: string;
	/** The statements shown under this role (a skill two roles share is shown under the first). */
	statements: Statement[];
}

interface RoleLike {
	id: string;
	data: { everyday: readonly Identified[]; recognise: readonly Identified[]; skills: readonly { skill: string; emphasis: 'core' | 'also' }[] };
}
interface SkillLike {
	data: { iCan: readonly Identified[] };
}

/**
 * The short version (the default: three everyday sentences per role, about five minutes) and the
 * full version (those, then every statement below). Each has its own page; answers are shared.
 */
export const versions = ['short', 'full'] as const;
export type Version = (typeof versions)[number];

/**
 * A statement's saved id: the role's or skill's id, `~`, the item's id in the content. Neither part
 * can hold a `~`, and no skill shares a role's id (integrity check), so it reads only one way.
 */
export const statementId = (owner: string, itemId: string) => `${owner}~${itemId}`;

/**
 * "bring people together" → "I bring people together." The items finish "You may already be
 * doing this if you…", so "your" becomes "my", "what you" becomes "what I" and any other "you" "me".
 */
export const asSentence = (item: string) =>
	`I ${item
		.replace(/[.\s]+$/, '')
		.replace(/\byour\b/g, 'my')
		.replace(/\byourself\b/g, 'myself')
		.replace(/\b(what|when|where|if|as) you\b/g, '$1 I')
		.replace(/\byou\b/g, 'me')}.`;

/**
 * The statements of a version, grouped by role in the roles' order. Short: each role's everyday
 * sentences. Full: those, then its recognise items, then the first "I can…" of each of its core
 * skills (`also` skills are left out to keep it shorter).
 */
export function reflectionStatements(roles: readonly RoleLike[], skills: ReadonlyMap<string, SkillLike>, version: Version = 'full'): RoleGroup[] {
	const coreRoles = new Map<string, string[]>();
	for (const role of roles) for (const s of role.data.skills) if (s.emphasis === 'core') coreRoles.set(s.skill, [...(coreRoles.get(s.skill) ?? []), role.id]);
	const shown = new Set<string>();
	return roles.map((role) => {
		const statements: Statement[] = role.data.everyday.map((item) => ({ id: statementId(role.id, item.id), text: item.text, roles: [role.id] }));
		if (version === 'short') return { roleId: role.id, statements };
		statements.push(...role.data.recognise.map((item) => ({ id: statementId(role.id, item.id), text: asSentence(item.text), roles: [role.id] })));
		for (const { skill, emphasis } of role.data.skills) {
			const first = skills.get(skill)?.data.iCan[0];
			if (emphasis !== 'core' || !first || shown.has(skill)) continue;
			shown.add(skill);
			statements.push({ id: statementId(skill, first.id), text: first.text, roles: coreRoles.get(skill) ?? [role.id] });
		}
		return { roleId: role.id, statements };
	});
}

/**
 * How many of a role's sentences must be answered before the page says anything about it: half,
 * and never fewer than two (2 of the 3 in the short version). One or two answers out of many say
 * too little, and a person should never read "you already do a lot" from them.
 */
/**
 * About how long a version takes, from how many sentences it has: about 25 seconds a sentence (read
 * it, pick an answer), rounded to the nearest 5 minutes and never under 5, so the time a page
 * promises follows the content when statements are added or removed.
 */
export const minutesFor = (statements: number) => Math.max(5, Math.round((statements * 25) / 60 / 5) * 5);

export const enoughAnswers = (total: number) => Math.min(total, Math.max(2, Math.ceil(total / 2)));

/** In words, how much of a role someone already does, once enough is answered. Never compared between roles. */
export type Level = 'a-lot' | 'some' | 'new' | 'too-few' | 'unanswered';

export interface RoleSummary {
	roleId: string;
	/** Statement ids by answer: 2, 1, 0. */
	aLot: string[];
	some: string[];
	notYet: string[];
	answered: number;
	unanswered: number;
	/** Answers needed before the role is described or suggested for (enoughAnswers). */
	needed: number;
	level: Level;
}

export interface Summary {
	roles: RoleSummary[];
	answered: number;
	total: number;
	/** The one answer given to every statement answered, if all were the same (e.g. all "a bit"). */
	allSame: Answer | null;
}

/**
 * Counts each role's statements by answer. With fewer than enoughAnswers the level is "too few"
 * (or "unanswered"). Otherwise it is the average answer over those answered: two thirds of the way
 * up or more is "a lot", a third or more "some", below that "new".
 */
export function summarise(groups: readonly RoleGroup[], given: Readonly<Record<string, Answer>>): Summary {
	const all = new Map(groups.flatMap((g) => g.statements).map((s) => [s.id, s]));
	const roles = groups.map(({ roleId }): RoleSummary => {
		const mine = [...all.values()].filter((s) => s.roles.includes(roleId));
		const by = (answer: Answer) => mine.filter((s) => given[s.id] === answer).map((s) => s.id);
		const [notYet, some, aLot] = [by(0), by(1), by(2)];
		const answered = notYet.length + some.length + aLot.length;
		const needed = enoughAnswers(mine.length);
		const mean = answered ? (some.length + 2 * aLot.length) / (2 * answered) : 0;
		const level: Level = !answered ? 'unanswered' : answered < needed ? 'too-few' : mean >= 2 / 3 ? 'a-lot' : mean >= 1 / 3 ? 'some' : 'new';
		return { roleId, aLot, some, notYet, answered, unanswered: mine.length - answered, needed, level };
	});
	const values = [...all.keys()].map((id) => given[id]).filter((a): a is Answer => a !== undefined);
	return { roles, answered: values.length, total: all.size, allSame: values.length && values.every((a) => a === values[0]) ? values[0] : null };
}

/** Whether a role has enough answers to be described and suggested for. */
export const described = (role: RoleSummary) => role.level === 'a-lot' || role.level === 'some' || role.level === 'new';

export interface Link {
	id: string;
	title: string;
	href: string;
	/** How long it takes on your own, in words ("45 minutes"), for modules and paths. */
	time?: string;
}

export interface RoleNext {
	/** Modules for someone new to the role, easiest first. */
	starting: Link[];
	/** Modules that build on those. */
	further: Link[];
	/** The self-study path that goes deepest into the role, if there is one. */
	path?: Link;
}

export interface Step {
	roleId: string;
	module: Link;
}

export interface Suggestions {
	/** False when no role has enough answers: then nothing is suggested, and the page says why. */
	ready: boolean;
	/** One step in each role the person does most (all of them when tied, in the roles' order). */
	most: Step[];
	/** A first step in one other role they might try. */
	tryNext: Step | null;
	/** A longer route: a deepening path for roles done "a lot", else the path everyone can start with. */
	paths: Link[];
}

const rank: Partial<Record<Level, number>> = { 'a-lot': 2, some: 1, new: 0 };

/**
 * Small steps, never a long path for a role someone hardly does. Only roles with enough answers
 * count. For the roles done most (if any is done at least "some"): a next step where it is "a lot",
 * a first step where it is "some". Then a first step in the first other such role, in the roles'
 * order (so none is ranked above another), as one to try. Modules marked done are skipped.
 */
export function suggest(summary: Summary, next: ReadonlyMap<string, RoleNext>, firstPath: Link, done: ReadonlySet<string> = new Set()): Suggestions {
	const counted = summary.roles.filter(described);
	if (!counted.length) return { ready: false, most: [], tryNext: null, paths: [] };
	const taken = new Set<string>();
	const pick = (roleId: string, list: readonly Link[]): Step | null => {
		const module = list.find((m) => !done.has(m.id) && !taken.has(m.id));
		if (!module) return null;
		taken.add(module.id);
		return { roleId, module };
	};
	const top = Math.max(...counted.map((r) => rank[r.level]!));
	const mostRoles = top > 0 ? counted.filter((r) => rank[r.level] === top) : [];
	const most = mostRoles.flatMap((role) => {
		const options = next.get(role.roleId);
		if (!options) return [];
		return pick(role.roleId, role.level === 'a-lot' ? [...options.further, ...options.starting] : options.starting) ?? [];
	});
	let tryNext: Step | null = null;
	for (const role of counted) {
		if (tryNext || mostRoles.includes(role)) continue;
		tryNext = pick(role.roleId, next.get(role.roleId)?.starting ?? []);
	}
	const deep = mostRoles.filter((r) => r.level === 'a-lot').flatMap((r) => next.get(r.roleId)?.path ?? []);
	const paths = deep.length ? [...new Map(deep.map((p) => [p.id, p])).values()] : [firstPath];
	return { ready: true, most, tryNext, paths };
}
