/** Sessions: plans of modules, single activities and breaks, timed from a clock start. */
import { describe, expect, it } from 'vitest';
import { buildSession, clockAt, clockLabel, pathItems, readySessions, sessionChecklist, type SessionItem, type SessionModule } from '../../src/lib/sessions';
import { indexById } from '../../src/lib/derive';
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
const times = (rows: { clock: { time: string; day: number } }[]) => rows.map((r) => clockLabel(r.clock));

describe('buildSession', () => {
	const items: SessionItem<(typeof roles)>[] = [{ kind: 'module', module: roles }, { kind: 'break', minutes: 15, label: 'Tea' }, { kind: 'module', module: stories }];
	const session = buildSession(items, '09:30');

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
		const s = buildSession([{ kind: 'break', minutes: 10 }, { kind: 'break', minutes: 5, label: 'Lunch' }], '12:00');
		expect(s.rows.map((r) => (r.kind === 'break' ? r.label : null))).toEqual([undefined, 'Lunch']);
		expect([s.totalMinutes, s.breakMinutes, s.learningMinutes]).toEqual([15, 15, 0]);
		expect(s.modules).toEqual([]);
	});

	it('takes a module the self-study way when asked', () => {
		expect(ids(buildSession([{ kind: 'module', module: roles, way: 'self-study' }], '10:00').rows)).toEqual(['read', 'alone']);
	});

	it('builds a session from single activities of modules, mixed with breaks and whole modules', () => {
		const s = buildSession(
			[
				{ kind: 'activity', module: stories, activity: stories.data.activities[1] },
				{ kind: 'break', minutes: 5 },
				{ kind: 'activity', module: roles, activity: roles.data.activities[2] },
				{ kind: 'module', module: stories },
			],
			'14:00',
		);
		expect(ids(s.rows)).toEqual(['close', 'break', 'alone', 'share', 'close']);
		expect(times(s.rows)).toEqual(['14:00', '14:10', '14:15', '14:30', '15:00']);
		expect(s.parts.map((p) => p.kind)).toEqual(['activity', 'break', 'activity', 'module']);
		expect(s.end.time).toBe('15:10');
		expect(s.modules.map((m) => m.id)).toEqual(['stories', 'roles']);
	});

	it('wraps past midnight and labels the times with the next day', () => {
		const s = buildSession([{ kind: 'module', module: stories }, { kind: 'break', minutes: 30 }, { kind: 'module', module: roles }], '23:00');
		expect(times(s.rows)).toEqual(['23:00', '23:30', '23:40', '00:10 (next day)', '00:15 (next day)', '00:25 (next day)']);
		expect(s.end).toEqual({ time: '00:45', day: 1 });
		expect(clockLabel(s.end)).toBe('00:45 (next day)');
		expect(s.overADay).toBe(false);
	});

	it('handles a plan of a day or more: later days are numbered and the session is flagged', () => {
		const long: SessionItem[] = Array.from({ length: 17 }, () => ({ kind: 'break', minutes: 90 }) as const);
		const s = buildSession(long, '08:00');
		expect(s.totalMinutes).toBe(1530);
		expect(s.overADay).toBe(true);
		expect(s.end).toEqual({ time: '09:30', day: 1 });
		expect(clockAt('08:00', 24 * 60 * 2 + 30)).toEqual({ time: '08:30', day: 2 });
		expect(clockLabel({ time: '08:30', day: 2 })).toBe('08:30 (day 3)');
		expect(buildSession(Array.from({ length: 16 }, () => ({ kind: 'break', minutes: 90 }) as const), '00:00').overADay).toBe(true);
		expect(buildSession([{ kind: 'break', minutes: 90 }], '00:00').overADay).toBe(false);
	});

	it('refuses a bad start time or a part without minutes, naming it', () => {
		expect(() => buildSession([], '9:30')).toThrow('HH:MM');
		expect(() => buildSession([{ kind: 'break', minutes: 0 }], '09:30')).toThrow('break at position 1');
		expect(() => buildSession([{ kind: 'break', minutes: 2.5 }], '09:30')).toThrow('whole number');
	});

	it('is empty for an empty plan, ending when it starts', () => {
		const s = buildSession([], '10:15');
		expect([s.rows.length, s.totalMinutes, s.end.time, s.end.day]).toEqual([0, 0, '10:15', 0]);
	});
});

describe('sessionChecklist', () => {
	it('lists every material once across modules and single activities, first-needed order, duplicates by case and spacing removed', () => {
		const s = buildSession([{ kind: 'module', module: roles }, { kind: 'break', minutes: 10 }, { kind: 'module', module: stories }], '09:00');
		expect(sessionChecklist(s, 'materials')).toEqual(['Name badges', 'Pens', 'Printed page', 'Flipchart', 'Timer']);
		expect(sessionChecklist(s, 'preparation')).toEqual(['Book the room', 'Print the page']);
	});
	it('includes only what the activities in the plan need', () => {
		const s = buildSession([{ kind: 'activity', module: roles, activity: roles.data.activities[3] }], '09:00');
		expect(sessionChecklist(s, 'materials')).toEqual(['Flipchart']);
		expect(sessionChecklist(s, 'preparation')).toEqual([]);
	});
});

describe('ready-made sessions', () => {
	const base = rawFixtures().paths[0];
	const group = { id: 'day', data: pathSchema.parse({ ...base, id: undefined, format: 'group', startTime: '13:45', steps: [{ module: 'roles' }, { break: 15, label: 'Tea' }, { module: 'stories' }, { module: 'gone' }] }) };
	const alone = { id: 'alone', data: pathSchema.parse({ ...base, id: undefined }) };
	const noStart = { id: 'nostart', data: pathSchema.parse({ ...base, id: undefined, format: 'group', steps: [{ module: 'stories' }] }) };

	it('makes one session per group path, from its start time, or 10:00 when it has none', () => {
		const ready = readySessions<typeof group, SessionModule>([group, alone, noStart], modules);
		expect(ready.map((r) => [r.id, r.session.start, clockLabel(r.session.end), r.session.totalMinutes])).toEqual([
			['day', '13:45', '15:15', 90],
			['nostart', '10:00', '10:40', 40],
		]);
	});

	it('turns path steps into items, skipping unknown modules', () => {
		expect(pathItems(group.data, modules).map((i) => (i.kind === 'break' ? `break ${i.minutes} ${i.label}` : `${i.kind} ${i.module.id}`))).toEqual(['module roles', 'break 15 Tea', 'module stories']);
	});
});
