/**
 * Sessions: a day (or part of one) that a facilitator runs for a group, as a timetable with clock
 * times. Pure functions over schema types, shared by the ready-made sessions (one per group path)
 * and the session planner, which builds the same structure from a plan someone puts together.
 *
 * A session is made from an ordered list of items, each one of:
 * - a whole module, taken the group way (or the self-study way): its activities for that way;
 * - one activity of a module, on its own;
 * - a break: minutes and an optional label ("Tea and coffee").
 * plus a start time ("09:30"). buildSession() gives every part and every activity its start as
 * minutes from the start and as a clock time, then the total, the breaks and the end time.
 *
 * Clock times past midnight wrap ("23:30" + 60 minutes is "00:30") and carry the day they fall on
 * (`day: 1` is the next day), so a timetable never shows an end time earlier than its start
 * without saying so. A plan of 24 hours or more is allowed (the planner may be handed anything)
 * and is flagged with `overADay`.
 */
import { t } from '../i18n';
import type { Activity, ModuleFormat } from '../schemas/module';
import type { PathData } from '../schemas/path';
import { activitiesFor, checklist } from './print-content';
import { clockTime, dayOffset } from './time';

/** Where a session starts when a group path gives no start time. */
export const defaultStartTime = '10:00';

const dayMinutes = 24 * 60;

/** The least of an activity a session needs: its timing and the checklists. */
export type SessionActivityData = Pick<Activity, 'id' | 'title' | 'mode' | 'minutes' | 'materials' | 'preparation'>;

/** The least of a module a session needs; real content entries fit it. */
export interface SessionModule<A extends SessionActivityData = SessionActivityData> {
	id: string;
	data: { title: string; format: ModuleFormat; activities: readonly A[] };
}

/** One item of a plan, in the order it is run. */
export type SessionItem<M extends SessionModule = SessionModule> =
	/** A whole module, taken the group way unless `way` says otherwise. */
	| { kind: 'module'; module: M; way?: 'group' | 'self-study' }
	/** One activity of a module, on its own. */
	| { kind: 'activity'; module: M; activity: ActivityOf<M> }
	/** A break. With no label, pages call it "Break". */
	| { kind: 'break'; minutes: number; label?: string };

type ActivityOf<M extends SessionModule> = M['data']['activities'][number];

/** A moment in a session: the time on the clock and the day it falls on (0 the first day). */
export interface Clock {
	/** "09:30", 24-hour. */
	time: string;
	/** 0 on the day the session starts, 1 the next day… */
	day: number;
}

/** Something that happens at a time: an activity or a break. The room view shows one at a time. */
export type SessionRow<M extends SessionModule = SessionModule> =
	| { kind: 'activity'; module: M; activity: ActivityOf<M>; minutes: number; startsAt: number; clock: Clock }
	| { kind: 'break'; label: string | undefined; minutes: number; startsAt: number; clock: Clock };

/** A part of the timetable as it was planned: a module with its activities, one activity, or a break. */
export type SessionPart<M extends SessionModule = SessionModule> =
	| { kind: 'module'; module: M; rows: Extract<SessionRow<M>, { kind: 'activity' }>[]; minutes: number; startsAt: number; clock: Clock }
	| { kind: 'activity'; module: M; rows: [Extract<SessionRow<M>, { kind: 'activity' }>]; minutes: number; startsAt: number; clock: Clock }
	| { kind: 'break'; rows: [Extract<SessionRow<M>, { kind: 'break' }>]; label: string | undefined; minutes: number; startsAt: number; clock: Clock };

export interface Session<M extends SessionModule = SessionModule> {
	/** The start time it was built from, "HH:MM". */
	start: string;
	parts: SessionPart<M>[];
	/** Every activity and break in order: the parts' rows, flattened. */
	rows: SessionRow<M>[];
	totalMinutes: number;
	breakMinutes: number;
	/** Minutes of activities: the total less the breaks. */
	learningMinutes: number;
	/** When the last part ends. */
	end: Clock;
	/** True when the session lasts 24 hours or more: its end time alone would mislead. */
	overADay: boolean;
	/** The modules it draws on, once each, in the order they first appear. */
	modules: M[];
}

/** The clock time and day `offset` minutes after `start` ("23:30" + 60 → 00:30 on day 1). */
export function clockAt(start: string, offset: number): Clock {
	return { time: clockTime(start, offset), day: dayOffset(start, offset) };
}

/** "10:30", "00:30 (next day)", "09:00 (day 3)": a clock time as a timetable prints it. */
export function clockLabel(clock: Clock): string {
	if (clock.day === 0) return clock.time;
	if (clock.day === 1) return t('session.nextDay', { time: clock.time });
	return t('session.laterDay', { time: clock.time, day: clock.day + 1 });
}

/**
 * Times a plan from `start`. Throws on a start that is not HH:MM, and on a break or activity that
 * does not last a whole, positive number of minutes, naming the item, because a timetable built on
 * either would be wrong everywhere after it.
 */
export function buildSession<M extends SessionModule>(items: readonly SessionItem<M>[], start: string): Session<M> {
	clockTime(start, 0); // fails early, with its own message, on a start that is not HH:MM
	let clock = 0;
	const parts: SessionPart<M>[] = [];
	const activityRow = (module: M, activity: ActivityOf<M>) => {
		checkMinutes(activity.minutes, `activity "${activity.id}" of module "${module.id}"`);
		const row = { kind: 'activity' as const, module, activity, minutes: activity.minutes, startsAt: clock, clock: clockAt(start, clock) };
		clock += activity.minutes;
		return row;
	};
	items.forEach((item, index) => {
		const startsAt = clock;
		const at = clockAt(start, clock);
		if (item.kind === 'break') {
			checkMinutes(item.minutes, `break at position ${index + 1}`);
			const row = { kind: 'break' as const, label: item.label, minutes: item.minutes, startsAt, clock: at };
			clock += item.minutes;
			parts.push({ kind: 'break', rows: [row], label: item.label, minutes: item.minutes, startsAt, clock: at });
		} else if (item.kind === 'activity') {
			const row = activityRow(item.module, item.activity);
			parts.push({ kind: 'activity', module: item.module, rows: [row], minutes: row.minutes, startsAt, clock: at });
		} else {
			const rows = activitiesFor(item.module.data.activities, item.way ?? 'group').map((a) => activityRow(item.module, a));
			parts.push({ kind: 'module', module: item.module, rows, minutes: clock - startsAt, startsAt, clock: at });
		}
	});
	const breakMinutes = parts.filter((p) => p.kind === 'break').reduce((sum, p) => sum + p.minutes, 0);
	const modules = [...new Set(parts.flatMap((p) => (p.kind === 'break' ? [] : [p.module])))];
	return {
		start,
		parts,
		rows: parts.flatMap((p) => p.rows as SessionRow<M>[]),
		totalMinutes: clock,
		breakMinutes,
		learningMinutes: clock - breakMinutes,
		end: clockAt(start, clock),
		overADay: clock >= dayMinutes,
		modules,
	};
}

function checkMinutes(minutes: number, what: string) {
	if (!Number.isInteger(minutes) || minutes <= 0) throw new Error(`session: ${what} must last a whole number of minutes above 0, got ${JSON.stringify(minutes)}`);
}

/** Every distinct material or preparation step across the session, in first-needed order (case and spacing ignored). */
export function sessionChecklist(session: Pick<Session, 'rows'>, field: 'materials' | 'preparation'): string[] {
	return checklist(
		session.rows.flatMap((row) => (row.kind === 'activity' ? [row.activity] : [])),
		field,
	);
}

/** A group path as a plan: its modules (the group way) and breaks, in order. Unknown module ids are skipped (the integrity check reports them). */
export function pathItems<M extends SessionModule>(path: Pick<PathData, 'steps'>, modules: ReadonlyMap<string, M>): SessionItem<M>[] {
	return path.steps.flatMap((step): SessionItem<M>[] => {
		if ('break' in step) return [{ kind: 'break', minutes: step.break, label: step.label }];
		const mod = modules.get(step.module);
		return mod ? [{ kind: 'module', module: mod }] : [];
	});
}

/** The ready-made sessions: one per group path, timed from its start time. */
export function readySessions<P extends { id: string; data: Pick<PathData, 'format' | 'steps' | 'startTime'> }, M extends SessionModule>(paths: readonly P[], modules: ReadonlyMap<string, M>) {
	return paths
		.filter((path) => path.data.format === 'group')
		.map((path) => ({ id: path.id, path, session: buildSession(pathItems(path.data, modules), path.data.startTime ?? defaultStartTime) }));
}
export type ReadySession<P, M extends SessionModule> = { id: string; path: P; session: Session<M> };
