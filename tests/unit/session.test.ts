/**
 * The session model (src/lib/session/): one clock, the activities of each way of taking a module,
 * one timing engine over ordered items, plans made from paths and modules, and the words of
 * timetables.
 */
import { describe, expect, it } from 'vitest';
import { Labels } from '../../src/lib/labels';
import {
	activitiesFor,
	buildSession,
	checklist,
	clockAt,
	defaultStartTime,
	minutesFor,
	moduleTimings,
	moduleWay,
	numbersByWay,
	pathPlan,
	pathSession,
	readStart,
	readySessions,
	trainerChecklist,
	forTrainer,
	chosenActivities,
	timeLabels,
	timetableGroups,
	waysOf,
	type SessionItem,
} from '../../src/lib/session';
import { indexById } from '../../src/lib/derive';
import { en } from '../../src/i18n/en';
import { time } from '../../src/i18n';
import { moduleSchema } from '../../src/schemas/module';
import { pathSchema } from '../../src/schemas/path';
import { rawFixtures } from '../support/fixtures';

// Modules parsed through the real schema, so the fixtures cannot drift from it.
const raw = rawFixtures().modules[0];
const parse = (id: string, data: Record<string, unknown>) => ({ id, data: moduleSchema.parse({ ...raw, ...data, id: undefined }) });
const act = (id: string, minutes: number, mode: 'both' | 'group' | 'self-study' = 'both', materials: string[] = [], preparation: string[] = []) => ({
	id,
	title: `Activity ${id}`,
	type: 'discussion',
	mode,
	minutes,
	instructions: ['Do it.'],
	materials,
	preparation,
});
const roles = parse('roles', {
	format: { selfStudy: 25, group: 35 },
	activities: [act('welcome', 5, 'group', ['Name badges'], ['Book the room']), act('read', 10, 'both', ['Pens', 'Printed page'], ['Print the page']), act('alone', 15, 'self-study'), act('talk', 20, 'group', ['Flipchart'])],
});
const stories = parse('stories', {
	format: { group: 40 },
	activities: [act('share', 30, 'group', ['pens', 'Flipchart ', 'Timer'], ['print the page']), act('close', 10, 'group')],
});
const modules = indexById([roles, stories]);
const ids = (rows: { kind: string }[]) => rows.map((r) => ('activity' in r ? (r as { activity: { id: string } }).activity.id : `break`));
const times = (rows: { clock: { time: string; day: number } }[]) => rows.map((r) => time.clock(r.clock));

describe('the clock', () => {
	it('adds minutes to a start time, wrapping past midnight and counting the days', () => {
		expect(clockAt('09:30', 75)).toEqual({ time: '10:45', day: 0 });
		expect(clockAt('23:30', 60)).toEqual({ time: '00:30', day: 1 });
		expect(clockAt('10:00', 24 * 60 + 5)).toEqual({ time: '10:05', day: 1 });
		expect(clockAt('00:00', 24 * 60)).toEqual({ time: '00:00', day: 1 });
		expect(clockAt('08:00', 24 * 60 * 2 + 30)).toEqual({ time: '08:30', day: 2 });
	});
	it('refuses a start that is not HH:MM, naming it', () => {
		expect(() => clockAt('9.30', 0)).toThrow('start time must be HH:MM, got "9.30"');
		expect(() => clockAt('24:00', 0)).toThrow('HH:MM');
	});
	it('reads a start with or without its colon, and nothing else', () => {
		expect(['0930', '09:30', '2359', '2400', '9:30', '09:60', ''].map(readStart)).toEqual(['09:30', '09:30', '23:59', undefined, undefined, undefined, undefined]);
	});
	it('has one default start time', () => {
		expect(defaultStartTime).toBe('10:00');
	});
});

describe('ways of taking a module', () => {
	it('maps each way to the module’s stated minutes, group first', () => {
		expect(minutesFor({ selfStudy: 25, group: 35 }, 'self-study')).toBe(25);
		expect(minutesFor({ selfStudy: 25 }, 'group')).toBeUndefined();
		expect(waysOf({ selfStudy: 25, group: 35 })).toEqual(['group', 'self-study']);
		expect(waysOf({ selfStudy: 25 })).toEqual(['self-study']);
	});
	it('takes both ways on a handout when both times exist', () => {
		expect(moduleWay({ selfStudy: 30, group: 40 })).toBe('both');
		expect(moduleWay({ group: 40 })).toBe('group');
		expect(moduleWay({ selfStudy: 30 })).toBe('self-study');
	});
	it('keeps the activities for that way', () => {
		expect(activitiesFor(roles.data.activities, 'group').map((a) => a.id)).toEqual(['welcome', 'read', 'talk']);
		expect(activitiesFor(roles.data.activities, 'self-study').map((a) => a.id)).toEqual(['read', 'alone']);
		expect(activitiesFor(roles.data.activities, 'both')).toHaveLength(4);
	});
	it('numbers each activity as each way takes it, and not at all in a way that skips it', () => {
		const numbers = numbersByWay(roles.data.activities, waysOf(roles.data.format));
		expect(roles.data.activities.map((a) => [a.id, numbers.get(a)])).toEqual([
			['welcome', { group: 1 }],
			['read', { group: 2, 'self-study': 1 }],
			['alone', { 'self-study': 2 }],
			['talk', { group: 3 }],
		]);
		expect(stories.data.activities.map((a) => numbersByWay(stories.data.activities, ['group']).get(a))).toEqual([{ group: 1 }, { group: 2 }]);
	});
});

describe('buildSession', () => {
	const items: SessionItem[] = [{ kind: 'module', module: 'roles' }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'module', module: 'stories' }];
	const session = buildSession(items, '09:30', modules);

	it('gives every activity and break a clock time from the start, the group way', () => {
		expect(ids(session.rows)).toEqual(['welcome', 'read', 'talk', 'break', 'share', 'close']);
		expect(times(session.rows)).toEqual(['09:30', '09:35', '09:45', '10:05', '10:20', '10:50']);
		expect(session.parts.map((p) => [p.kind, p.minutes, p.clock.time])).toEqual([['module', 35, '09:30'], ['break', 15, '10:05'], ['module', 40, '10:20']]);
	});

	it('adds up the total, the breaks and the learning time, and ends at the right time', () => {
		expect([session.totalMinutes, session.breakMinutes, session.learningMinutes]).toEqual([90, 15, 75]);
		expect(session.end).toEqual({ time: '11:00', day: 0 });
		expect(session.overADay).toBe(false);
		expect(session.modules.map((m) => m.id)).toEqual(['roles', 'stories']);
	});

	it('keeps a break label, and none when there is none', () => {
		const s = buildSession([{ kind: 'break', minutes: 10 }, { kind: 'break', minutes: 5, label: 'Lunch' }], '12:00', modules);
		expect(s.rows.map((r) => (r.kind === 'break' ? r.label : null))).toEqual([undefined, 'Lunch']);
		expect([s.totalMinutes, s.breakMinutes, s.learningMinutes]).toEqual([15, 15, 0]);
		expect(s.modules).toEqual([]);
	});

	it('takes a module the self-study way when asked', () => {
		const s = buildSession([{ kind: 'module', module: 'roles', way: 'self-study' }], '10:00', modules);
		expect(ids(s.rows)).toEqual(['read', 'alone']);
		expect(s.parts[0]).toMatchObject({ kind: 'module', way: 'self-study', minutes: 25 });
	});

	it('builds a session from single activities named by id, mixed with breaks and whole modules', () => {
		const s = buildSession(
			[
				{ kind: 'activity', module: 'stories', activity: 'close' },
				{ kind: 'break', minutes: 5 },
				{ kind: 'activity', module: 'roles', activity: 'alone' },
				{ kind: 'module', module: 'stories' },
			],
			'14:00',
			modules,
		);
		expect(ids(s.rows)).toEqual(['close', 'break', 'alone', 'share', 'close']);
		expect(times(s.rows)).toEqual(['14:00', '14:10', '14:15', '14:30', '15:00']);
		expect(s.parts.map((p) => p.kind)).toEqual(['activity', 'break', 'activity', 'module']);
		expect(s.end.time).toBe('15:10');
		expect(s.modules.map((m) => m.id)).toEqual(['stories', 'roles']);
	});

	it('finds an activity by its id wherever it sits in the module, so reordering changes nothing', () => {
		const reordered = { ...stories, data: { ...stories.data, activities: [...stories.data.activities].reverse() } };
		const s = buildSession([{ kind: 'activity', module: 'stories', activity: 'share' }], '09:00', indexById([reordered]));
		expect(ids(s.rows)).toEqual(['share']);
		expect(s.totalMinutes).toBe(30);
	});

	it('wraps past midnight and labels the times with the next day', () => {
		const s = buildSession([{ kind: 'module', module: 'stories' }, { kind: 'break', minutes: 30 }, { kind: 'module', module: 'roles' }], '23:00', modules);
		expect(times(s.rows)).toEqual(['23:00', '23:30', '23:40', '00:10 (next day)', '00:15 (next day)', '00:25 (next day)']);
		expect(s.end).toEqual({ time: '00:45', day: 1 });
		expect(time.clock(s.end)).toBe('00:45 (next day)');
		expect(s.overADay).toBe(false);
	});

	it('handles a plan of a day or more: later days are numbered and the session is flagged', () => {
		const long: SessionItem[] = Array.from({ length: 17 }, () => ({ kind: 'break', minutes: 90 }) as const);
		const s = buildSession(long, '08:00', modules);
		expect(s.totalMinutes).toBe(1530);
		expect(s.overADay).toBe(true);
		expect(s.end).toEqual({ time: '09:30', day: 1 });
		expect(time.clock({ time: '08:30', day: 2 })).toBe('08:30 (day 3)');
		expect(buildSession(Array.from({ length: 16 }, () => ({ kind: 'break', minutes: 90 }) as const), '00:00', modules).overADay).toBe(true);
		expect(buildSession([{ kind: 'break', minutes: 90 }], '00:00', modules).overADay).toBe(false);
	});

	it('refuses a bad start time, a part without minutes, or a module or activity it does not have, naming it', () => {
		expect(() => buildSession([], '9:30', modules)).toThrow('HH:MM');
		expect(() => buildSession([{ kind: 'break', minutes: 0 }], '09:30', modules)).toThrow('break at position 1');
		expect(() => buildSession([{ kind: 'break', minutes: 2.5 }], '09:30', modules)).toThrow('whole number');
		expect(() => buildSession([{ kind: 'module', module: 'gone' }], '09:30', modules)).toThrow('item 1 names module "gone"');
		expect(() => buildSession([{ kind: 'break', minutes: 5 }, { kind: 'activity', module: 'roles', activity: 'gone' }], '09:30', modules)).toThrow('item 2 names activity "gone", which module "roles" does not have');
	});

	it('is empty for an empty plan, ending when it starts', () => {
		const s = buildSession([], '10:15', modules);
		expect([s.rows.length, s.totalMinutes, s.end.time, s.end.day]).toEqual([0, 0, '10:15', 0]);
	});
});

const words = new Labels(en);

describe('checklists', () => {
	it('lists every material once across modules and single activities, first-needed order, duplicates by case and spacing removed', () => {
		const s = buildSession([{ kind: 'module', module: 'roles' }, { kind: 'break', minutes: 10 }, { kind: 'module', module: 'stories' }], '09:00', modules);
		expect(trainerChecklist(s, 'materials', words)).toEqual(['Name badges', 'Pens', 'Printed page', 'Flipchart', 'Timer']);
		// "The page" is the module's participant handout, on a trainer's list.
		expect(trainerChecklist(s, 'preparation', words)).toEqual(['Book the room', 'Print the participant handout for “Introduction”']);
	});
	it('names, for each module, the activities a session runs: what its pack prints', () => {
		const s = buildSession([{ kind: 'activity', module: 'roles', activity: 'talk' }, { kind: 'module', module: 'stories' }, { kind: 'activity', module: 'roles', activity: 'talk' }], '09:00', modules);
		expect([...chosenActivities(s)]).toEqual([['roles', ['talk']], ...[['stories', s.rows.filter((r) => r.kind === 'activity' && r.module.id === 'stories').map((r) => (r.kind === 'activity' ? r.activity.id : ''))]]]);
		expect(forTrainer('Your notes', 'Roles', words)).toBe('Each person’s notes');
	});
	it('includes only what the activities in the plan need', () => {
		const s = buildSession([{ kind: 'activity', module: 'roles', activity: 'talk' }], '09:00', modules);
		expect(trainerChecklist(s, 'materials', words)).toEqual(['Flipchart']);
		expect(trainerChecklist(s, 'preparation', words)).toEqual([]);
	});
	it('works over any activities, as a module’s own handout lists them', () => {
		expect(checklist(roles.data.activities, 'materials')).toEqual(['Name badges', 'Pens', 'Printed page', 'Flipchart']);
	});
});

describe('plans made from content', () => {
	const base = rawFixtures().paths[0];
	const group = { id: 'day', data: pathSchema.parse({ ...base, id: undefined, format: 'group', startTime: '13:45', steps: [{ module: 'roles' }, { break: 15, label: 'Tea' }, { module: 'stories' }, { break: 10 }] }) };
	const alone = { id: 'alone', data: pathSchema.parse({ ...base, id: undefined, steps: [{ module: 'roles' }] }) };
	const noStart = { id: 'nostart', data: pathSchema.parse({ ...base, id: undefined, format: 'group', steps: [{ module: 'stories' }] }) };

	it('turns a path into a plan once: modules whole, breaks as they are, its start or the default', () => {
		expect(pathPlan(group.data)).toEqual({
			title: group.data.title,
			start: '13:45',
			items: [{ kind: 'module', module: 'roles' }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'module', module: 'stories' }, { kind: 'break', minutes: 10 }],
		});
		expect(pathPlan(noStart.data).start).toBe(defaultStartTime);
	});

	it('times a path the way it is taken', () => {
		expect(pathSession(alone.data, modules).totalMinutes).toBe(25);
		expect(ids(pathSession(alone.data, modules).rows)).toEqual(['read', 'alone']);
		expect(pathSession(group.data, modules).totalMinutes).toBe(100);
	});

	it('takes single activities from a path, so a session can have one welcome and one close', () => {
		const parts = { id: 'parts', data: pathSchema.parse({ ...base, id: undefined, format: 'group', startTime: '10:00', steps: [{ module: 'roles', activity: 'welcome' }, { module: 'stories', activity: 'share' }, { break: 15 }, { module: 'roles', activity: 'talk' }, { module: 'stories', activity: 'close' }] }) };
		expect(pathPlan(parts.data).items[0]).toEqual({ kind: 'activity', module: 'roles', activity: 'welcome' });
		const session = pathSession(parts.data, modules);
		expect(ids(session.rows)).toEqual(['welcome', 'share', 'break', 'talk', 'close']);
		expect([time.clock(session.end), session.totalMinutes, session.breakMinutes]).toEqual(['11:20', 80, 15]);
	});

	it('refuses single activities in a self-study path', () => {
		expect(pathSchema.safeParse({ ...base, steps: [{ module: 'roles', activity: 'read' }] }).success).toBe(false);
	});

	it('joins single activities of one module that follow each other under one heading', () => {
		const session = buildSession(
			[{ kind: 'activity', module: 'roles', activity: 'welcome' }, { kind: 'activity', module: 'roles', activity: 'read' }, { kind: 'activity', module: 'stories', activity: 'share' }, { kind: 'break', minutes: 5 }, { kind: 'activity', module: 'roles', activity: 'talk' }],
			'10:00',
			modules,
		);
		expect(timetableGroups(session).map((g) => [g.kind === 'break' ? 'break' : g.module.id, ids(g.rows).join('+'), g.minutes, time.clock(g.clock)])).toEqual([
			['roles', 'welcome+read', 15, '10:00'],
			['stories', 'share', 30, '10:15'],
			['break', 'break', 5, '10:45'],
			['roles', 'talk', 20, '10:50'],
		]);
		// The session itself is left as it was planned.
		expect(session.parts).toHaveLength(5);
	});

	it('makes one ready-made session per group path, from its start time, or the default when it has none', () => {
		const ready = readySessions([group, alone, noStart], modules);
		expect(ready.map((r) => [r.id, r.session.start, time.clock(r.session.end), r.session.totalMinutes])).toEqual([
			['day', '13:45', '15:25', 100],
			['nostart', '10:00', '10:40', 40],
		]);
	});

	it('times a module on its own for each way it can be taken, group first', () => {
		const timings = moduleTimings(roles);
		expect(timings.map((t) => [t.way, t.session.totalMinutes])).toEqual([['group', 35], ['self-study', 25]]);
		expect(timings[0].session.rows.map((r) => [ids([r])[0], time.elapsed(r.startsAt)])).toEqual([['welcome', '0:00'], ['read', '0:05'], ['talk', '0:15']]);
		expect(moduleTimings(stories).map((t) => t.way)).toEqual(['group']);
	});
});

describe('the words of timetables', () => {
	it('writes durations one way, from the dictionary', () => {
		expect([5, 1, 60, 61, 75, 180].map(time.duration)).toEqual(['5 minutes', '1 minute', '1 hour', '1 hour 1 minute', '1 hour 15 minutes', '3 hours']);
		expect([45, 65, 600].map(time.elapsed)).toEqual(['0:45', '1:05', '10:00']);
		expect(time.breakTitle).toBe('Break');
	});
	it('gives the browser the same words from the labels a page hands it', () => {
		const handed = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('time.') || key.startsWith('session.')));
		const browser = timeLabels(new Labels(handed));
		expect([75, 1, 120].map(browser.duration)).toEqual([75, 1, 120].map(time.duration));
		expect(browser.clock({ time: '00:30', day: 1 })).toBe('00:30 (next day)');
	});
});
