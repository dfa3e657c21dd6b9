import { describe, expect, it } from 'vitest';
import { asSentence, reflectionStatements, suggest, summarise, type Answer, type RoleNext } from '../../src/lib/reflection';

const items = (texts: string[]) => texts.map((text, i) => ({ id: `item-${i + 1}`, text }));
const role = (id: string, recognise: string[], skills: [string, 'core' | 'also'][]) => ({ id, data: { recognise: items(recognise), skills: skills.map(([skill, emphasis]) => ({ skill, emphasis })) } });
const roles = [
	role('builder', ['bring people together', 'run a group.'], [['trust', 'core'], ['stories', 'also']]),
	role('leader', ['tell stories', 'make room for quiet voices'], [['stories', 'core'], ['trust', 'core']]),
];
const skills = new Map([
	['trust', { data: { iCan: items(['I can build trust.', 'I can keep it.']) } }],
	['stories', { data: { iCan: items(['I can tell a story.']) } }],
]);
const groups = reflectionStatements(roles, skills);
const link = (id: string) => ({ id, title: id, href: `/modules/${id}/` });
const next = new Map<string, RoleNext>([
	['builder', { starting: [link('b1'), link('b2')], further: [link('b3')], path: { id: 'builder-path', title: 'Builder path', href: '/paths/builder-path/' } }],
	['leader', { starting: [link('l1'), link('b1')], further: [link('l3')], path: { id: 'leader-path', title: 'Leader path', href: '/paths/leader-path/' } }],
]);
const first = { id: 'getting-started', title: 'Getting started', href: '/paths/getting-started/' };
const all = (answer: Answer) => Object.fromEntries(groups.flatMap((g) => g.statements).map((s) => [s.id, answer]));

describe('role reflection statements', () => {
	it('turns recognise items into "I" sentences and adds the first "I can" of each core skill once', () => {
		expect(groups.map((g) => g.statements.map((s) => s.id))).toEqual([
			['builder~item-1', 'builder~item-2', 'trust~item-1'],
			['leader~item-1', 'leader~item-2', 'stories~item-1'],
		]);
		expect(groups[0].statements[1].text).toBe('I run a group.');
		// A skill core to two roles is shown once and speaks to both.
		expect(groups[0].statements[2]).toEqual({ id: 'trust~item-1', text: 'I can build trust.', roles: ['builder', 'leader'] });
		// An "also" skill does not count for that role.
		expect(groups[1].statements[2].roles).toEqual(['leader']);
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

describe('summary', () => {
	it('describes every role, in the roles’ order, whatever the answers', () => {
		const summary = summarise(groups, { 'leader~item-1': 2, 'leader~item-2': 2, 'stories~item-1': 2, 'trust~item-1': 2, 'builder~item-1': 0, 'builder~item-2': 0 });
		expect(summary.roles.map((r) => r.roleId)).toEqual(['builder', 'leader']);
		expect(summary.roles.map((r) => r.level)).toEqual(['some', 'a-lot']);
		expect(summary.roles[0]).toMatchObject({ aLot: ['trust~item-1'], notYet: ['builder~item-1', 'builder~item-2'], unanswered: 0 });
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
	});

	it('says a role was not answered rather than guessing', () => {
		const summary = summarise(groups, { 'builder~item-1': 1 });
		expect(summary.roles.map((r) => r.level)).toEqual(['some', 'unanswered']);
		expect(summary.roles[1].unanswered).toBe(4);
		expect(summarise(groups, {}).allSame).toBeNull();
	});

	it('puts the level boundaries at a third and two thirds', () => {
		// builder has 3 statements: answers 2,1,1 → mean 4/6 = two thirds → a lot; 1,1,0 → 2/6 → some; 1,0,0 → new.
		const level = (a: Answer, b: Answer, c: Answer) => summarise(groups, { 'builder~item-1': a, 'builder~item-2': b, 'trust~item-1': c }).roles[0].level;
		expect([level(2, 1, 1), level(1, 1, 0), level(1, 0, 0)]).toEqual(['a-lot', 'some', 'new']);
	});
});

describe('suggestions', () => {
	it('suggests first steps and the first path when everything is new', () => {
		const s = suggest(summarise(groups, all(0)), next, first);
		expect(s.modules.map((m) => `${m.roleId}:${m.module.id}`)).toEqual(['builder:b1', 'leader:l1']);
		expect(s.paths).toEqual([first]);
	});

	it('suggests a first and a next step for "some", never the same module twice', () => {
		const s = suggest(summarise(groups, all(1)), next, first);
		expect(s.modules.map((m) => m.module.id)).toEqual(['b1', 'b3', 'l1', 'l3']);
		expect(s.paths).toEqual([first]);
	});

	it('gives every role done "a lot" its deepening path, in the roles’ order, for ties', () => {
		const s = suggest(summarise(groups, all(2)), next, first);
		expect(s.paths.map((p) => p.id)).toEqual(['builder-path', 'leader-path']);
		expect(s.modules.map((m) => m.module.id)).toEqual(['b3', 'b1', 'l3', 'l1']);
	});

	it('skips modules already marked done', () => {
		const s = suggest(summarise(groups, all(0)), next, first, new Set(['b1']));
		expect(s.modules.map((m) => m.module.id)).toEqual(['b2', 'l1']);
	});
});
