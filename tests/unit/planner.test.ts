/** The session planner: its link (versions, migration, every refusal), its timetable and its checklists. */
import { describe, expect, it } from 'vitest';
import { catalogueOf, pathPlan, plannerData } from '../../src/lib/planner/data';
import { planLimits } from '../../src/lib/planner/limits';
import { checkPlan, decodePlan, encodePlan, moveItem, type LinkError, type Plan } from '../../src/lib/planner/plan';
import { momentAt, planChecklist, planModules, splitMinutes, timePlan, type PlanModule } from '../../src/lib/planner/timetable';
import { planSchema } from '../../src/lib/storage/schema';
import type { PathData } from '../../src/schemas/path';

const act = (title: string, minutes: number, materials: string[] = [], preparation: string[] = []) => ({ id: title.toLowerCase().replace(/ /g, '-'), title, minutes, materials, preparation });
const fixtures: PlanModule[] = [
	{ id: 'the-four-roles', title: 'The four roles', activities: [act('Welcome', 10, ['Name badges', 'Pens']), act('Four corners', 40, ['Role cards'], ['Print the role cards']), act('Closing round', 10)] },
	{ id: 'recognising-tokenism', title: 'Recognising tokenism', activities: [act('Spot the signs', 30, ['pens ', 'Flipchart'], ['Print the role cards ']), act('What would help', 20)] },
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
		expect(encodePlan(plan, catalogue)).toBe('?v=2&start=0930&title=Induction+day&i=the-four-roles&i=_break.15.Tea+and+coffee&i=recognising-tokenism.2&i=_break.5');
	});

	it('round-trips a plan, and a plan without a title or items', () => {
		expect(decodePlan(encodePlan(plan, catalogue), catalogue)).toEqual({ ok: true, plan });
		expect(decodePlan(encodePlan({ start: '23:05', items: [] }, catalogue), catalogue)).toEqual({ ok: true, plan: { start: '23:05', items: [] } });
		const dotted: Plan = { start: '10:00', items: [{ kind: 'break', minutes: 30, label: 'Lunch. Back at 1.' }] };
		expect(decodePlan(encodePlan(dotted, catalogue), catalogue)).toEqual({ ok: true, plan: dotted });
	});

	it('produces plans the storage schema accepts', () => {
		expect(planSchema.safeParse(plan).success).toBe(true);
	});

	it('reads no plan from a page address without one', () => {
		expect(decodePlan('', catalogue)).toEqual({ ok: true, plan: null });
		expect(decodePlan('?utm=x', catalogue)).toEqual({ ok: true, plan: null });
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
		['a version from the future', '?v=3&start=0930', 'unknown-version'],
		['a version that is not a number', '?v=two&start=0930', 'unknown-version'],
		['two versions', '?v=2&v=3&start=0930', 'unknown-version'],
		['no start time', '?v=2&i=the-four-roles', 'bad-start'],
		['an impossible start time', '?v=2&start=2460', 'bad-start'],
		['a start time in words', '?v=2&start=morning', 'bad-start'],
		['a version-1 link with a bad start', '?modules=the-four-roles&start=9.30', 'bad-start'],
		['a module that does not exist', '?v=2&start=0930&i=no-such-module', 'unknown-module', 'no-such-module'],
		['a version-1 link to a missing module', '?modules=the-four-roles,gone', 'unknown-module', 'gone'],
		['activity 0', '?v=2&start=0930&i=the-four-roles.0', 'activity-out-of-range', 'the-four-roles.0'],
		['an activity past the last', '?v=2&start=0930&i=recognising-tokenism.3', 'activity-out-of-range', 'recognising-tokenism.3'],
		['a break too short', '?v=2&start=0930&i=_break.2', 'bad-break', '_break.2'],
		['a break too long', '?v=2&start=0930&i=_break.120', 'bad-break'],
		['a break without minutes', '?v=2&start=0930&i=_break.Tea', 'bad-break'],
		['too many items', `?v=2&start=0930${'&i=the-four-roles'.repeat(planLimits.items + 1)}`, 'too-many-items'],
		['too many version-1 modules', `?modules=${Array(planLimits.items + 1).fill('the-four-roles').join(',')}`, 'too-many-items'],
		['markup in an item', '?v=2&start=0930&i=%3Cscript%3E', 'malformed'],
		['an activity number in words', '?v=2&start=0930&i=the-four-roles.two', 'malformed'],
		['an item with two dots', '?v=2&start=0930&i=the-four-roles.1.2', 'malformed'],
		['items without a version', '?start=0930&i=the-four-roles', 'malformed'],
		['a title too long', `?v=2&start=0930&title=${'x'.repeat(planLimits.titleCharacters + 1)}`, 'malformed'],
	];

	it.each(refused)('refuses %s with a reason', (_, query, error, item) => {
		const result = decodePlan(query, catalogue);
		expect(result).toMatchObject({ ok: false, error });
		if (item) expect(result).toMatchObject({ item });
	});

	it('refuses with every error code, and never throws', () => {
		expect(new Set(refused.map(([, , error]) => error)).size).toBe(7);
		for (const junk of ['%', '?&&&', '?v=2&start=%E0%A4%A', '?i=_break.', '?v=2&start=0930&i=', '?v=2&start=0930&i=.', '?v=2&start=0930&i=_break.']) {
			expect(() => decodePlan(junk, catalogue)).not.toThrow();
		}
		expect(decodePlan('?v=2&start=0930&i=', catalogue)).toMatchObject({ ok: false, error: 'malformed' });
	});

	it('checks a saved plan the same way', () => {
		expect(checkPlan(plan, catalogue)).toEqual({ ok: true, plan });
		expect(checkPlan({ start: '09:30', items: [{ kind: 'module', module: 'retired-module' }] }, catalogue)).toMatchObject({ ok: false, error: 'unknown-module' });
	});
});

describe('the timetable', () => {
	it('gives each activity and break its clock time, and the total and end', () => {
		const table = timePlan(plan, modules);
		expect(table.slots.map((s) => [s.at.clock, s.title, s.minutes])).toEqual([
			['09:30', 'Welcome', 10],
			['09:40', 'Four corners', 40],
			['10:20', 'Closing round', 10],
			['10:30', 'Tea and coffee', 15],
			['10:45', 'What would help', 20],
			['11:05', 'Break', 5],
		]);
		expect(table.items.map((i) => [i.title, i.at.clock, i.minutes])).toEqual([
			['The four roles', '09:30', 60],
			['Tea and coffee', '10:30', 15],
			['What would help', '10:45', 20],
			['Break', '11:05', 5],
		]);
		expect(table.totalMinutes).toBe(100);
		expect(table.breakMinutes).toBe(20);
		expect(table.end).toEqual({ clock: '11:10', day: 0 });
		expect(table.slots[4].number).toBe(2);
	});

	it('follows the start time', () => {
		const later = timePlan({ ...plan, start: '13:05' }, modules);
		expect(later.slots.map((s) => s.at.clock)).toEqual(['13:05', '13:15', '13:55', '14:05', '14:20', '14:40']);
		expect(later.end.clock).toBe('14:45');
	});

	it('wraps past midnight and counts the days', () => {
		const late = timePlan({ ...plan, start: '23:00' }, modules);
		expect(late.slots.map((s) => [s.at.clock, s.at.day])).toEqual([['23:00', 0], ['23:10', 0], ['23:50', 0], ['00:00', 1], ['00:15', 1], ['00:35', 1]]);
		expect(late.end).toEqual({ clock: '00:40', day: 1 });
		expect(momentAt('00:00', 24 * 60)).toEqual({ clock: '00:00', day: 1 });
		expect(momentAt('23:59', 1)).toEqual({ clock: '00:00', day: 1 });
	});

	it('adds up plans longer than a day', () => {
		const long: Plan = { start: '08:00', items: Array.from({ length: 30 }, () => ({ kind: 'module' as const, module: 'the-four-roles' })) };
		const table = timePlan(long, modules);
		expect(table.totalMinutes).toBe(30 * 60);
		expect(table.end).toEqual({ clock: '14:00', day: 1 });
		expect(splitMinutes(table.totalMinutes)).toEqual({ hours: 30, minutes: 0 });
		expect(splitMinutes(100)).toEqual({ hours: 1, minutes: 40 });
		const twoDays = timePlan({ ...long, start: '20:00', items: [...long.items, ...long.items.slice(0, 20)] }, modules);
		expect(twoDays.end).toEqual({ clock: '22:00', day: 2 });
	});

	it('is empty for an empty plan', () => {
		expect(timePlan({ start: '09:30', items: [] }, modules)).toMatchObject({ items: [], slots: [], totalMinutes: 0, end: { clock: '09:30', day: 0 } });
	});

	it('combines materials and preparation once each, in order, only for the chosen activities', () => {
		const table = timePlan(plan, modules);
		expect(planChecklist(table, 'materials')).toEqual(['Name badges', 'Pens', 'Role cards']);
		expect(planChecklist(table, 'preparation')).toEqual(['Print the role cards']);
		const both = timePlan({ ...plan, items: [...plan.items, { kind: 'activity', module: 'recognising-tokenism', activity: 'spot-the-signs' }] }, modules);
		expect(planChecklist(both, 'materials')).toEqual(['Name badges', 'Pens', 'Role cards', 'Flipchart']);
		expect(planModules(both).map((m) => m.id)).toEqual(['the-four-roles', 'recognising-tokenism']);
	});
});

describe('building a plan', () => {
	it('moves an item up or down and never off the list', () => {
		expect(moveItem(plan, 2, -1).items.map((i) => i.kind)).toEqual(['module', 'activity', 'break', 'break']);
		expect(moveItem(plan, 0, 1).items[1]).toEqual(plan.items[0]);
		expect(moveItem(plan, 0, -1)).toBe(plan);
		expect(moveItem(plan, 3, 1)).toBe(plan);
	});

	it('turns a group path into a plan, and carries only group activities to the page', () => {
		const path = { title: 'Induction', startTime: '10:00', format: 'group', steps: [{ module: 'the-four-roles' }, { break: 15, label: 'Tea' }, { break: 10 }] } as unknown as PathData;
		expect(pathPlan(path)).toEqual({ title: 'Induction', start: '10:00', items: [{ kind: 'module', module: 'the-four-roles' }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'break', minutes: 10 }] });
		expect(pathPlan({ ...path, startTime: undefined }).start).toBe('09:30');
		const mod = (id: string, group: boolean) => ({
			id,
			data: { title: id, format: group ? { group: 20 } : { selfStudy: 20 }, activities: [{ title: 'A', mode: 'group', minutes: 10, materials: [], preparation: [], instructions: ['x'] }, { title: 'B', mode: 'self-study', minutes: 10, materials: [], preparation: [], instructions: ['x'] }] },
		});
		const data = plannerData([mod('a', true), mod('b', false)] as never, [{ id: 'p', data: path }, { id: 'alone', data: { ...path, format: 'self-study' } }]);
		expect(data.modules).toEqual([{ id: 'a', title: 'a', activities: [{ title: 'A', minutes: 10, materials: [], preparation: [] }] }]);
		expect(data.sessions.map((s) => s.id)).toEqual(['p']);
	});
});
