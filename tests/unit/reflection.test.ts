import { describe, expect, it } from 'vitest';
import { asSentence, enoughAnswers, minutesFor, reflectionStatements, suggest, summarise, type Answer, type RoleNext } from '../../src/lib/reflection';
import { fileURLToPath } from 'node:url';
import { loadContentFromDisk } from '../../src/lib/content-files';
import type { RoleData } from '../../src/schemas/role';
import type { SkillData } from '../../src/schemas/skill';

const items = (texts: string[], prefix = 'item') => texts.map((text, i) => ({ id: `${prefix}-${i + 1}`, text }));
const role = (id: string, recognise: string[], skills: [string, 'core' | 'also'][]) => ({
	id,
	data: { everyday: items([`I do ${id} thing one.`, `I do ${id} thing two.`, `I do ${id} thing three.`], 'day'), recognise: items(recognise), skills: skills.map(([skill, emphasis]) => ({ skill, emphasis })) },
});
const roles = [
	role('builder', ['bring people together', 'run a group.'], [['trust', 'core'], ['stories', 'also']]),
	role('leader', ['tell stories', 'make room for quiet voices'], [['stories', 'core'], ['trust', 'core']]),
];
const skills = new Map([
	['trust', { data: { iCan: items(['I can build trust.', 'I can keep it.']) } }],
	['stories', { data: { iCan: items(['I can tell a story.']) } }],
]);
const groups = reflectionStatements(roles, skills);
const short = reflectionStatements(roles, skills, 'short');
const link = (id: string) => ({ id, title: id, href: `/modules/${id}/`, time: '30 minutes' });
const next = new Map<string, RoleNext>([
	['builder', { starting: [link('b1'), link('b2')], further: [link('b3')], path: { id: 'builder-path', title: 'Builder path', href: '/paths/builder-path/' } }],
	['leader', { starting: [link('l1'), link('b1')], further: [link('l3')], path: { id: 'leader-path', title: 'Leader path', href: '/paths/leader-path/' } }],
]);
const first = { id: 'getting-started', title: 'Getting started', href: '/paths/getting-started/' };
const all = (answer: Answer, of = groups) => Object.fromEntries(of.flatMap((g) => g.statements).map((s) => [s.id, answer]));
const ids = (of: typeof groups, roleId: string) => of.find((g) => g.roleId === roleId)!.statements.map((s) => s.id);

describe('role reflection statements', () => {
	it('the short version is each role’s three everyday sentences, as written', () => {
		expect(short.map((g) => g.statements.map((s) => s.id))).toEqual([
			['builder~day-1', 'builder~day-2', 'builder~day-3'],
			['leader~day-1', 'leader~day-2', 'leader~day-3'],
		]);
		expect(short[0].statements[0]).toEqual({ id: 'builder~day-1', text: 'I do builder thing one.', roles: ['builder'] });
	});

	it('the full version adds recognise items as "I" sentences and the first "I can" of each core skill once', () => {
		expect(groups.map((g) => g.statements.map((s) => s.id))).toEqual([
			['builder~day-1', 'builder~day-2', 'builder~day-3', 'builder~item-1', 'builder~item-2', 'trust~item-1'],
			['leader~day-1', 'leader~day-2', 'leader~day-3', 'leader~item-1', 'leader~item-2', 'stories~item-1'],
		]);
		expect(groups[0].statements[4].text).toBe('I run a group.');
		// A skill core to two roles is shown once and speaks to both.
		expect(groups[0].statements[5]).toEqual({ id: 'trust~item-1', text: 'I can build trust.', roles: ['builder', 'leader'] });
		// An "also" skill does not count for that role.
		expect(groups[1].statements[5].roles).toEqual(['leader']);
	});
});

describe('the real short version', () => {
	const { content } = loadContentFromDisk(fileURLToPath(new URL('../../content', import.meta.url)), fileURLToPath(new URL('../..', import.meta.url)));
	const realRoles = content.roles.map((e) => ({ id: e.id, data: e.data as RoleData })).sort((a, b) => a.data.order - b.data.order);
	const realSkills = new Map(content.skills.map((e) => [e.id, { data: e.data as SkillData }]));
	const reflection = { versions: { short: reflectionStatements(realRoles, realSkills, 'short'), full: reflectionStatements(realRoles, realSkills, 'full') } };
	const shortIds = reflection.versions.short.flatMap((g) => g.statements.map((s) => s.id));
	const fullIds = reflection.versions.full.flatMap((g) => g.statements.map((s) => s.id));

	it('has three sentences for each role, about 12 in all', () => {
		expect(reflection.versions.short.map((g) => g.roleId)).toEqual(realRoles.map((r) => r.id));
		for (const group of reflection.versions.short) expect(group.statements, group.roleId).toHaveLength(3);
		expect(shortIds).toHaveLength(4 * 3);
	});

	it('gives every statement of both versions its own stable id, in the same scheme, and keeps every older id', () => {
		expect(new Set(fullIds).size).toBe(fullIds.length);
		for (const id of shortIds) expect(id).toMatch(/^[a-z0-9-]+~[a-z0-9-]+$/);
		// The full version holds the short one, so an answer given on either page is the same answer.
		expect(fullIds).toEqual(expect.arrayContaining(shortIds));
		// The statements asked before the short version are all still asked, under the same ids.
		for (const r of realRoles) for (const item of r.data.recognise) expect(fullIds).toContain(`${r.id}~${item.id}`);
	});

	it('writes each sentence whole, in the first person', () => {
		for (const s of reflection.versions.short.flatMap((g) => g.statements)) expect(s.text, s.id).toMatch(/^(I |When ).*\.$/);
	});
});

describe('how long a version takes', () => {
	it('is about 25 seconds a sentence, to the nearest 5 minutes, never under 5', () => {
		expect([1, 12, 30, 51, 60].map(minutesFor)).toEqual([5, 5, 15, 20, 25]);
	});
});

describe('statements in the first person', () => {
	it.each([
		['link people in your faith group with others', 'I link people in my faith group with others.'],
		['encourage others instead of leaning on you', 'I encourage others instead of leaning on me.'],
		["speak up when a view does not match what you lived through", "I speak up when a view does not match what I lived through."],
		['look after yourself', 'I look after myself.'],
	])('%s', (item, sentence) => expect(asSentence(item)).toBe(sentence));
});

describe('enough answers', () => {
	it('is 2 of 3 in the short version, half of a longer list, never fewer than 2', () => {
		expect([1, 2, 3, 6, 7, 14].map(enoughAnswers)).toEqual([1, 2, 2, 3, 4, 7]);
	});

	it('says nothing about a role with too few answers: never "a lot" from 1 of 3 or 2 of 11', () => {
		const one = summarise(short, { 'builder~day-1': 2 });
		expect(one.roles[0]).toMatchObject({ level: 'too-few', answered: 1, needed: 2 });
		expect(one.roles[1]).toMatchObject({ level: 'unanswered', answered: 0, needed: 2 });
		const big = [{ roleId: 'r', statements: Array.from({ length: 11 }, (_, i) => ({ id: `r~s-${i}`, text: 'I do it.', roles: ['r'] })) }];
		expect(summarise(big, { 'r~s-0': 2, 'r~s-1': 2 }).roles[0].level).toBe('too-few');
		expect(summarise(big, { 'r~s-0': 2, 'r~s-1': 2, 'r~s-2': 2, 'r~s-3': 2, 'r~s-4': 2, 'r~s-5': 2 }).roles[0].level).toBe('a-lot');
	});

	it('withholds every suggestion until some role has enough answers', () => {
		const s = suggest(summarise(short, { 'builder~day-1': 2, 'leader~day-1': 2 }), next, first);
		expect(s).toEqual({ ready: false, most: [], tryNext: null, paths: [] });
		expect(suggest(summarise(short, { 'builder~day-1': 2, 'builder~day-2': 1 }), next, first).ready).toBe(true);
	});
});

describe('summary', () => {
	it('describes every role, in the roles’ order, whatever the answers', () => {
		const answers = { ...all(2), ...Object.fromEntries(ids(groups, 'builder').slice(0, 5).map((id) => [id, 0 as Answer])) };
		const summary = summarise(groups, answers);
		expect(summary.roles.map((r) => r.roleId)).toEqual(['builder', 'leader']);
		// builder: five "not yet" and trust "a lot" → 2 of 12 → new; leader all "a lot".
		expect(summary.roles.map((r) => r.level)).toEqual(['new', 'a-lot']);
		expect(summary.roles[0]).toMatchObject({ aLot: ['trust~item-1'], unanswered: 0 });
	});

	it('gives tied roles the same words, with no order between them', () => {
		const summary = summarise(groups, all(2));
		expect(summary.roles.map((r) => r.level)).toEqual(['a-lot', 'a-lot']);
		expect(summary.allSame).toBe(2);
	});

	it('treats all-middle answers as "some" in every role and says they were all the same', () => {
		const summary = summarise(groups, all(1));
		expect(summary.roles.map((r) => r.level)).toEqual(['some', 'some']);
		expect(summary.allSame).toBe(1);
		expect(summary.answered).toBe(summary.total);
		expect(summarise(groups, {}).allSame).toBeNull();
	});

	it('puts the level boundaries at a third and two thirds', () => {
		const level = (a: Answer, b: Answer, c: Answer) => summarise(short, { 'builder~day-1': a, 'builder~day-2': b, 'builder~day-3': c }).roles[0].level;
		expect([level(2, 1, 1), level(1, 1, 0), level(1, 0, 0)]).toEqual(['a-lot', 'some', 'new']);
	});
});

describe('suggestions', () => {
	it('for the role done most, a next step; for one other, a first step to try; never a path for the role done least', () => {
		const answers: Record<string, Answer> = { ...all(2, short), 'leader~day-1': 0, 'leader~day-2': 0, 'leader~day-3': 1 };
		const s = suggest(summarise(short, answers), next, first);
		expect(s.most.map((m) => `${m.roleId}:${m.module.id}`)).toEqual(['builder:b3']);
		expect(s.tryNext).toEqual({ roleId: 'leader', module: link('l1') });
		expect(s.paths.map((p) => p.id)).toEqual(['builder-path']);
	});

	it('keeps roles out that have too few answers, even as one to try', () => {
		const s = suggest(summarise(short, { 'builder~day-1': 1, 'builder~day-2': 1, 'leader~day-1': 0 }), next, first);
		expect(s.most.map((m) => m.module.id)).toEqual(['b1']);
		expect(s.tryNext).toBeNull();
		expect(s.paths).toEqual([first]);
	});

	it('when everything is new, suggests one first step and the path everyone can start with', () => {
		const s = suggest(summarise(short, all(0, short)), next, first);
		expect(s.most).toEqual([]);
		expect(s.tryNext?.module.id).toBe('b1');
		expect(s.paths).toEqual([first]);
	});

	it('gives tied roles a step each, in the roles’ order, never the same module twice', () => {
		const s = suggest(summarise(groups, all(1)), next, first);
		expect(s.most.map((m) => m.module.id)).toEqual(['b1', 'l1']);
		const deep = suggest(summarise(groups, all(2)), next, first);
		expect(deep.paths.map((p) => p.id)).toEqual(['builder-path', 'leader-path']);
		expect(deep.most.map((m) => m.module.id)).toEqual(['b3', 'l3']);
	});

	it('skips modules already marked done', () => {
		const s = suggest(summarise(groups, all(1)), next, first, new Set(['b1']));
		expect(s.most.map((m) => m.module.id)).toEqual(['b2', 'l1']);
	});
});
