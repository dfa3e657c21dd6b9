/**
 * The session planner: its link (versions, migration, every refusal) and its plans, timed by the
 * session model as every timetable is (the engine's own tests: session.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { catalogueOf, plannerData, type PlanModule } from '../../src/lib/planner/data';
import { planLimits } from '../../src/lib/planner/limits';
import { checkPlan, decodePlan, encodePlan, moveItem, type LinkError, type Plan } from '../../src/lib/planner/plan';
import { buildSession, defaultStartTime, trainerChecklist } from '../../src/lib/session';
import { expandModule, overBy, overlapOf, removeItem } from '../../src/lib/planner/edit';
import { Labels } from '../../src/lib/labels';
import { en } from '../../src/i18n/en';
import { planSchema } from '../../src/lib/storage/schema';
import type { PathData } from '../../src/schemas/path';

const act = (id: string, title: string, minutes: number, materials: string[] = [], preparation: string[] = []) => ({ id, title, mode: 'group' as const, minutes, materials, preparation });
const fixtures: PlanModule[] = [
	{ id: 'the-four-roles', data: { title: 'The four roles', activities: [act('welcome', 'Welcome', 10, ['Name badges', 'Pens']), act('four-corners', 'Four corners', 40, ['Role cards'], ['Print the role cards']), act('closing-round', 'Closing round', 10)] } },
	{ id: 'recognising-tokenism', data: { title: 'Recognising tokenism', activities: [act('spot-the-signs', 'Spot the signs', 30, ['pens ', 'Flipchart'], ['Print the role cards ']), act('what-would-help', 'What would help', 20)] } },
];
const modules = new Map(fixtures.map((m) => [m.id, m]));
const catalogue = catalogueOf(fixtures);

const plan: Plan = {
	title: 'Induction day',
	start: '09:30',
	items: [
		{ kind: 'module', module: 'the-four-roles' },
		{ kind: 'break', minutes: 15, label: 'Tea and coffee' },
		{ kind: 'activity', module: 'recognising-tokenism', activity: 'what-would-help' },
		{ kind: 'break', minutes: 5 },
	],
};

describe('the link', () => {
	it('is short and readable', () => {
		expect(encodePlan(plan)).toBe('?v=3&start=0930&title=Induction+day&i=the-four-roles&i=_break.15.Tea+and+coffee&i=recognising-tokenism.what-would-help&i=_break.5');
	});

	it('round-trips a plan, and a plan without a title or items', () => {
		expect(decodePlan(encodePlan(plan), catalogue)).toEqual({ ok: true, plan });
		expect(decodePlan(encodePlan({ start: '23:05', items: [] }), catalogue)).toEqual({ ok: true, plan: { start: '23:05', items: [] } });
		const dotted: Plan = { start: '10:00', items: [{ kind: 'break', minutes: 30, label: 'Lunch. Back at 1.' }] };
		expect(decodePlan(encodePlan(dotted), catalogue)).toEqual({ ok: true, plan: dotted });
	});

	it('produces plans the storage schema accepts', () => {
		expect(planSchema.safeParse(plan).success).toBe(true);
	});

	it('reads no plan from a page address without one', () => {
		expect(decodePlan('', catalogue)).toEqual({ ok: true, plan: null });
		expect(decodePlan('?utm=x', catalogue)).toEqual({ ok: true, plan: null });
	});

	it('migrates a version-2 link: each activity number becomes the id of that group activity', () => {
		const v2 = '?v=2&start=0930&title=Induction+day&i=the-four-roles&i=_break.15.Tea+and+coffee&i=recognising-tokenism.2&i=_break.5';
		expect(decodePlan(v2, catalogue)).toEqual({ ok: true, plan, migratedFrom: 2 });
		expect(decodePlan('?v=2&start=0930&i=recognising-tokenism.1', catalogue)).toMatchObject({ ok: true, plan: { items: [{ kind: 'activity', activity: 'spot-the-signs' }] } });
	});

	it('keeps meaning the same activity when the module’s activities are reordered', () => {
		const link = encodePlan(plan);
		const reordered = fixtures.map((m) => ({ ...m, data: { ...m.data, activities: [...m.data.activities].reverse() } }));
		expect(decodePlan(link, catalogueOf(reordered))).toEqual({ ok: true, plan });
	});

	it('migrates a version-1 link: modules only, start with a colon', () => {
		expect(decodePlan('?modules=the-four-roles,recognising-tokenism&start=09:30', catalogue)).toEqual({
			ok: true,
			migratedFrom: 1,
			plan: { start: '09:30', items: [{ kind: 'module', module: 'the-four-roles' }, { kind: 'module', module: 'recognising-tokenism' }] },
		});
		expect(decodePlan('?modules=the-four-roles', catalogue)).toMatchObject({ ok: true, plan: { start: '09:30' } });
		expect(decodePlan('?v=1&modules=the-four-roles&start=1400', catalogue)).toMatchObject({ ok: true, plan: { start: '14:00' }, migratedFrom: 1 });
	});

	const refused: [string, string, LinkError, string?][] = [
		['a version from the future', '?v=4&start=0930', 'unknown-version'],
		['a version that is not a number', '?v=two&start=0930', 'unknown-version'],
		['two versions', '?v=3&v=2&start=0930', 'unknown-version'],
		['no start time', '?v=3&i=the-four-roles', 'bad-start'],
		['an impossible start time', '?v=3&start=2460', 'bad-start'],
		['a start time in words', '?v=3&start=morning', 'bad-start'],
		['a version-1 link with a bad start', '?modules=the-four-roles&start=9.30', 'bad-start'],
		['a module that does not exist', '?v=3&start=0930&i=no-such-module', 'unknown-module', 'no-such-module'],
		['a version-1 link to a missing module', '?modules=the-four-roles,gone', 'unknown-module', 'gone'],
		['an activity the module does not have', '?v=3&start=0930&i=the-four-roles.spot-the-signs', 'unknown-activity', 'the-four-roles.spot-the-signs'],
		['a version-2 activity 0', '?v=2&start=0930&i=the-four-roles.0', 'activity-out-of-range', 'the-four-roles.0'],
		['a version-2 activity past the last', '?v=2&start=0930&i=recognising-tokenism.3', 'activity-out-of-range', 'recognising-tokenism.3'],
		['a break too short', '?v=3&start=0930&i=_break.2', 'bad-break', '_break.2'],
		['a break too long', '?v=3&start=0930&i=_break.120', 'bad-break'],
		['a break without minutes', '?v=3&start=0930&i=_break.Tea', 'bad-break'],
		['too many items', `?v=3&start=0930${'&i=the-four-roles'.repeat(planLimits.items + 1)}`, 'too-many-items'],
		['too many version-1 modules', `?modules=${Array(planLimits.items + 1).fill('the-four-roles').join(',')}`, 'too-many-items'],
		['markup in an item', '?v=3&start=0930&i=%3Cscript%3E', 'malformed'],
		['markup in an activity id', '?v=3&start=0930&i=the-four-roles.%3Cb%3E', 'malformed'],
		['a version-2 activity number in words', '?v=2&start=0930&i=the-four-roles.two', 'malformed'],
		['an item with two dots', '?v=3&start=0930&i=the-four-roles.welcome.2', 'malformed'],
		['items without a version', '?start=0930&i=the-four-roles', 'malformed'],
		['a title too long', `?v=3&start=0930&title=${'x'.repeat(planLimits.titleCharacters + 1)}`, 'malformed'],
	];

	it.each(refused)('refuses %s with a reason', (_, query, error, item) => {
		const result = decodePlan(query, catalogue);
		expect(result).toMatchObject({ ok: false, error });
		if (item) expect(result).toMatchObject({ item });
	});

	it('refuses with every error code, and never throws', () => {
		expect(new Set(refused.map(([, , error]) => error)).size).toBe(8);
		for (const junk of ['%', '?&&&', '?v=3&start=%E0%A4%A', '?i=_break.', '?v=3&start=0930&i=', '?v=3&start=0930&i=.', '?v=3&start=0930&i=_break.', '?v=2&start=0930&i=.']) {
			expect(() => decodePlan(junk, catalogue)).not.toThrow();
		}
		expect(decodePlan('?v=3&start=0930&i=', catalogue)).toMatchObject({ ok: false, error: 'malformed' });
	});

	it('checks a saved plan the same way', () => {
		expect(checkPlan(plan, catalogue)).toEqual({ ok: true, plan });
		expect(checkPlan({ start: '09:30', items: [{ kind: 'module', module: 'retired-module' }] }, catalogue)).toMatchObject({ ok: false, error: 'unknown-module' });
	});
});

describe('a plan timed by the session model', () => {
	const timed = (p: Plan) => buildSession(p.items, p.start, modules);
	it('gives each activity and break its clock time, and the total and end', () => {
		const session = timed(plan);
		expect(session.rows.map((r) => [r.clock.time, r.kind === 'break' ? (r.label ?? 'Break') : r.activity.title, r.minutes])).toEqual([
			['09:30', 'Welcome', 10],
			['09:40', 'Four corners', 40],
			['10:20', 'Closing round', 10],
			['10:30', 'Tea and coffee', 15],
			['10:45', 'What would help', 20],
			['11:05', 'Break', 5],
		]);
		expect(session.parts.map((p) => [p.kind, p.clock.time, p.minutes])).toEqual([
			['module', '09:30', 60],
			['break', '10:30', 15],
			['activity', '10:45', 20],
			['break', '11:05', 5],
		]);
		expect([session.totalMinutes, session.breakMinutes]).toEqual([100, 20]);
		expect(session.end).toEqual({ time: '11:10', day: 0 });
	});

	it('adds up plans longer than a day and flags them', () => {
		const long: Plan = { start: '08:00', items: Array.from({ length: 30 }, () => ({ kind: 'module' as const, module: 'the-four-roles' })) };
		const session = timed(long);
		expect(session.totalMinutes).toBe(30 * 60);
		expect(session.end).toEqual({ time: '14:00', day: 1 });
		expect(session.overADay).toBe(true);
		expect(timed({ ...long, start: '20:00', items: [...long.items, ...long.items.slice(0, 20)] }).end).toEqual({ time: '22:00', day: 2 });
	});

	it('combines materials and preparation once each, in order, only for the chosen activities', () => {
		const session = timed(plan);
		expect(trainerChecklist(session, 'materials', new Labels(en))).toEqual(['Name badges', 'Pens', 'Role cards']);
		expect(trainerChecklist(session, 'preparation', new Labels(en))).toEqual(['Print the role cards']);
		const both = timed({ ...plan, items: [...plan.items, { kind: 'activity', module: 'recognising-tokenism', activity: 'spot-the-signs' }] });
		expect(trainerChecklist(both, 'materials', new Labels(en))).toEqual(['Name badges', 'Pens', 'Role cards', 'Flipchart']);
		expect(both.modules.map((m) => m.id)).toEqual(['the-four-roles', 'recognising-tokenism']);
	});

	it('starts an empty plan at the site’s one default start time', () => {
		expect(decodePlan('?v=3&start=1000', catalogue)).toEqual({ ok: true, plan: { start: defaultStartTime, items: [] } });
	});
});

describe('building a plan', () => {
	it('moves an item up or down and never off the list', () => {
		expect(moveItem(plan, 2, -1).items.map((i) => i.kind)).toEqual(['module', 'activity', 'break', 'break']);
		expect(moveItem(plan, 0, 1).items[1]).toEqual(plan.items[0]);
		expect(moveItem(plan, 0, -1)).toBe(plan);
		expect(moveItem(plan, 3, 1)).toBe(plan);
	});

	it('carries only group modules, their group activities and the group paths as plans to the page', () => {
		const path = { title: 'Induction', startTime: '10:00', format: 'group', steps: [{ module: 'the-four-roles' }, { break: 15, label: 'Tea' }, { break: 10 }] } as unknown as PathData;
		const mod = (id: string, group: boolean) => ({
			id,
			data: { title: id, format: group ? { group: 20 } : { selfStudy: 20 }, activities: [{ id: 'a1', title: 'A', mode: 'group', minutes: 10, materials: [], preparation: [], instructions: ['x'] }, { id: 'b1', title: 'B', mode: 'self-study', minutes: 10, materials: [], preparation: [], instructions: ['x'] }] },
		});
		const data = plannerData([mod('a', true), mod('b', false)] as never, [{ id: 'p', data: path }, { id: 'alone', data: { ...path, format: 'self-study' } }]);
		expect(data.modules).toEqual([{ id: 'a', data: { title: 'a', activities: [{ id: 'a1', title: 'A', mode: 'group', minutes: 10, materials: [], preparation: [] }] } }]);
		expect(data.sessions[0].plan).toEqual({ title: 'Induction', start: '10:00', items: [{ kind: 'module', module: 'the-four-roles' }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'break', minutes: 10 }] });
		expect(data.sessions.map((s) => s.id)).toEqual(['p']);
	});
});

describe('editing at activity level', () => {
	const timed = (p: Plan) => buildSession(p.items, p.start, modules);
	it('splits a whole module into its group activities, in place, and removes any one item', () => {
		const split = expandModule(plan, 0, catalogue);
		expect(split.items.slice(0, 4)).toEqual([
			{ kind: 'activity', module: 'the-four-roles', activity: 'welcome' },
			{ kind: 'activity', module: 'the-four-roles', activity: 'four-corners' },
			{ kind: 'activity', module: 'the-four-roles', activity: 'closing-round' },
			plan.items[1],
		]);
		// Same times as the whole module: splitting changes what can be edited, not the timetable.
		expect(timed(split).rows.map((r) => r.clock.time)).toEqual(timed(plan).rows.map((r) => r.clock.time));
		expect(expandModule(plan, 1, catalogue)).toBe(plan);
		const dropped = removeItem(split, 1);
		expect(dropped.items.map((i) => (i.kind === 'activity' ? i.activity : i.kind))).toEqual(['welcome', 'closing-round', 'break', 'what-would-help', 'break']);
		expect(removeItem(plan, 9)).toBe(plan);
	});

	it('finds where an item would run something the plan already runs', () => {
		expect(overlapOf(plan, { kind: 'activity', module: 'the-four-roles', activity: 'welcome' }, catalogue)).toBe(0);
		expect(overlapOf(plan, { kind: 'module', module: 'recognising-tokenism' }, catalogue)).toBe(2);
		expect(overlapOf(plan, { kind: 'activity', module: 'recognising-tokenism', activity: 'spot-the-signs' }, catalogue)).toBe(-1);
		expect(overlapOf(plan, { kind: 'break', minutes: 15, label: 'Tea and coffee' }, catalogue)).toBe(-1);
	});

	it('says how far a plan runs over or under its finish time, past midnight too', () => {
		expect(overBy('10:00', 195, '13:00')).toBe(15);
		expect(overBy('10:00', 160, '13:00')).toBe(-20);
		expect(overBy('10:00', 180, '13:00')).toBe(0);
		expect(overBy('22:00', 180, '00:30')).toBe(30);
	});

	it('keeps a finish time and a group size in the link, and refuses bad ones', () => {
		const event: Plan = { ...plan, end: '12:30', group: 10 };
		expect(encodePlan(event)).toContain('&end=1230&group=10&i=');
		expect(decodePlan(encodePlan(event), catalogue)).toEqual({ ok: true, plan: event });
		expect(planSchema.safeParse(event).success).toBe(true);
		expect(decodePlan('?v=3&start=0930&end=2500', catalogue)).toMatchObject({ ok: false, error: 'bad-end' });
		for (const group of ['0', '201', '2.5', 'ten']) expect(decodePlan(`?v=3&start=0930&group=${group}`, catalogue)).toMatchObject({ ok: false, error: 'bad-group' });
	});

	it('writes materials for the trainer: which handout, whose list, how many copies', () => {
		const mine: PlanModule = { id: 'mine', data: { title: 'Power at the table', activities: [act('read', 'Read', 10, ['Printed copy of this page, one each', 'Your private list from earlier', 'Pens'], ['Print this page for each person.']), act('talk', 'Talk', 10, ['Printed copy of this page, one each'])] } };
		const session = buildSession([{ kind: 'module', module: 'mine' }, { kind: 'module', module: 'the-four-roles' }], '10:00', new Map([['mine', mine], ...modules]));
		const words = new Labels(en);
		expect(trainerChecklist(session, 'materials', words, 10)).toEqual(['Printed copy of the participant handout for “Power at the table”, one each (print 10)', 'Each person’s private list from earlier', 'Pens', 'Name badges', 'Role cards']);
		expect(trainerChecklist(session, 'preparation', words)).toEqual(['Print the participant handout for “Power at the table” for each person.', 'Print the role cards']);
	});
});
