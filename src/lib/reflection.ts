/**
 * "Which roles do I take?": the statements, the summary of someone's answers and what to try
 * next. Plain functions with no content imports, so the browser script and the tests share them.
 *
 * The paper warns against fixed labels: roles overlap, people move between them, and some do not
 * see themselves as leaders at all. So nothing here ranks roles or picks one "result": every role
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
	data: { recognise: readonly Identified[]; skills: readonly { skill: string; emphasis: 'core' | 'also' }[] };
}
interface SkillLike {
	data: { iCan: readonly Identified[] };
}

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
 * The statements, grouped by role in the roles' order: each role's recognise items, then the
 * first "I can…" of each of its core skills. `Also` skills are left out to keep it short.
 */
export function reflectionStatements(roles: readonly RoleLike[], skills: ReadonlyMap<string, SkillLike>): RoleGroup[] {
	const coreRoles = new Map<string, string[]>();
	for (const role of roles) for (const s of role.data.skills) if (s.emphasis === 'core') coreRoles.set(s.skill, [...(coreRoles.get(s.skill) ?? []), role.id]);
	const shown = new Set<string>();
	return roles.map((role) => {
		const statements: Statement[] = role.data.recognise.map((item) => ({ id: statementId(role.id, item.id), text: asSentence(item.text), roles: [role.id] }));
		for (const { skill, emphasis } of role.data.skills) {
			const first = skills.get(skill)?.data.iCan[0];
			if (emphasis !== 'core' || !first || shown.has(skill)) continue;
			shown.add(skill);
			statements.push({ id: statementId(skill, first.id), text: first.text, roles: coreRoles.get(skill) ?? [role.id] });
		}
		return { roleId: role.id, statements };
	});
}

/** In words, how much of a role someone already does. Never compared between roles. */
export type Level = 'a-lot' | 'some' | 'new' | 'unanswered';

export interface RoleSummary {
	roleId: string;
	/** Statement ids by answer: 2, 1, 0. */
	aLot: string[];
	some: string[];
	notYet: string[];
	unanswered: number;
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
 * Counts each role's statements by answer. The level is the average answer over those answered:
 * two thirds of the way up or more is "a lot", a third or more "some", below that "new".
 */
export function summarise(groups: readonly RoleGroup[], given: Readonly<Record<string, Answer>>): Summary {
	const all = new Map(groups.flatMap((g) => g.statements).map((s) => [s.id, s]));
	const roles = groups.map(({ roleId }) => {
		const mine = [...all.values()].filter((s) => s.roles.includes(roleId));
		const by = (answer: Answer) => mine.filter((s) => given[s.id] === answer).map((s) => s.id);
		const [notYet, some, aLot] = [by(0), by(1), by(2)];
		const answered = notYet.length + some.length + aLot.length;
		const mean = answered ? (some.length + 2 * aLot.length) / (2 * answered) : 0;
		const level: Level = !answered ? 'unanswered' : mean >= 2 / 3 ? 'a-lot' : mean >= 1 / 3 ? 'some' : 'new';
		return { roleId, aLot, some, notYet, unanswered: mine.length - answered, level };
	});
	const values = [...all.keys()].map((id) => given[id]).filter((a): a is Answer => a !== undefined);
	return { roles, answered: values.length, total: all.size, allSame: values.length && values.every((a) => a === values[0]) ? values[0] : null };
}

export interface Link {
	id: string;
	title: string;
	href: string;
}

export interface RoleNext {
	/** Modules for someone new to the role, easiest first. */
	starting: Link[];
	/** Modules that build on those. */
	further: Link[];
	/** The self-study path that goes deepest into the role, if there is one. */
	path?: Link;
}

export interface Suggestions {
	modules: { roleId: string; module: Link }[];
	paths: Link[];
}

/**
 * Up to two modules per role, not yet marked done: a first step where the role is new or
 * unanswered, a first step and a next one where they do some, next steps where they do a lot.
 * The path: the first path for everyone unless some role is already "a lot", then that role's
 * deepening path (every such role's, in the roles' order, so ties are never broken by rank).
 */
export function suggest(summary: Summary, next: ReadonlyMap<string, RoleNext>, firstPath: Link, done: ReadonlySet<string> = new Set()): Suggestions {
	const modules: Suggestions['modules'] = [];
	const taken = new Set<string>();
	const pickFrom = (roleId: string, list: readonly Link[], count: number) => {
		for (const module of list) {
			if (count === 0) return;
			if (done.has(module.id) || taken.has(module.id)) continue;
			taken.add(module.id);
			modules.push({ roleId, module });
			count--;
		}
	};
	for (const role of summary.roles) {
		const options = next.get(role.roleId);
		if (!options) continue;
		if (role.level === 'a-lot') pickFrom(role.roleId, [...options.further, ...options.starting], 2);
		else if (role.level === 'some') {
			pickFrom(role.roleId, options.starting, 1);
			pickFrom(role.roleId, [...options.further, ...options.starting], 1);
		} else pickFrom(role.roleId, options.starting, 1);
	}
	const deep = summary.roles.filter((r) => r.level === 'a-lot').flatMap((r) => next.get(r.roleId)?.path ?? []);
	const paths = deep.length ? [...new Map(deep.map((p) => [p.id, p])).values()] : [firstPath];
	return { modules, paths };
}
