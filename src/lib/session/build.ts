/**
 * A session: an ordered list of items timed from a start time. The one timing engine of the site:
 * ready-made sessions, path pages and handouts, facilitator timings, room views and the planner
 * all build their timetables here, so the same plan gives the same clock times everywhere.
 *
 * An item is one of
 * - a whole module, taken the group way unless `way` says otherwise: its activities for that way;
 * - one activity of a module, named by the activity's id;
 * - a break: minutes and an optional label ("Tea and coffee").
 * Items name modules and activities by id, as a saved plan or a link does; `buildSession` looks
 * them up in the modules it is given.
 *
 * Clock times past midnight wrap ("23:30" + 60 minutes is "00:30") and carry the day they fall on,
 * so a timetable never shows an end time earlier than its start without saying so. A plan of 24
 * hours or more is allowed (the planner may be handed anything) and is flagged with `overADay`.
 *
 * Browser-safe: no dictionary, no astro:content. Words ("1 hour 15 minutes", "(next day)") come
 * from ./labels.ts.
 */
import type { ActivityMode } from '../../schemas/module';
import { clockAt, dayMinutes, startMinutes, type Clock } from './clock';
import { activitiesFor, type Way } from './ways';

/** The least of an activity a session needs: its timing and the checklists. */
export interface SessionActivity {
	id: string;
	title: string;
	mode: ActivityMode;
	minutes: number;
	materials: readonly string[];
	preparation: readonly string[];
}

/** The least of a module a session needs; content entries fit it, and so do the planner's. */
export interface SessionModule<A extends SessionActivity = SessionActivity> {
	id: string;
	data: { title: string; activities: readonly A[] };
}

/** One item of a plan, in the order it is run. */
export type SessionItem =
	| { kind: 'module'; module: string; way?: Way }
	| { kind: 'activity'; module: string; activity: string }
	| { kind: 'break'; minutes: number; label?: string };

type ActivityOf<M extends SessionModule> = M['data']['activities'][number];

/** Something that happens at a time: an activity or a break. The room view shows one at a time. */
export type SessionRow<M extends SessionModule = SessionModule> =
	| { kind: 'activity'; module: M; activity: ActivityOf<M>; minutes: number; startsAt: number; clock: Clock }
	| { kind: 'break'; label: string | undefined; minutes: number; startsAt: number; clock: Clock };

export type ActivityRow<M extends SessionModule = SessionModule> = Extract<SessionRow<M>, { kind: 'activity' }>;
export type BreakRow<M extends SessionModule = SessionModule> = Extract<SessionRow<M>, { kind: 'break' }>;

interface Timed {
	minutes: number;
	/** Minutes after the session starts. */
	startsAt: number;
	clock: Clock;
}

/** A part of the timetable as it was planned: a module with its activities, one activity, or a break. */
export type SessionPart<M extends SessionModule = SessionModule> =
	| ({ kind: 'module'; module: M; way: Way; rows: ActivityRow<M>[] } & Timed)
	| ({ kind: 'activity'; module: M; rows: [ActivityRow<M>] } & Timed)
	| ({ kind: 'break'; label: string | undefined; rows: [BreakRow<M>] } & Timed);

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

/**
 * Times `items` from `start`. Throws, naming the item, on a start that is not HH:MM, a module or
 * activity that `modules` does not have, and a break or activity that does not last a whole,
 * positive number of minutes: a timetable built on any of them would be wrong everywhere after
 * it. (Content is checked by the integrity check and links by the planner before they get here.)
 */
export function buildSession<M extends SessionModule>(items: readonly SessionItem[], start: string, modules: ReadonlyMap<string, M>): Session<M> {
	startMinutes(start);
	let clock = 0;
	const parts: SessionPart<M>[] = [];
	const moduleOf = (id: string, index: number) => {
		const found = modules.get(id);
		if (!found) throw new Error(`session: item ${index + 1} names module "${id}", which does not exist`);
		return found;
	};
	const activityRow = (module: M, activity: ActivityOf<M>): ActivityRow<M> => {
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
			const row: BreakRow<M> = { kind: 'break', label: item.label, minutes: item.minutes, startsAt, clock: at };
			clock += item.minutes;
			parts.push({ kind: 'break', rows: [row], label: item.label, minutes: item.minutes, startsAt, clock: at });
		} else if (item.kind === 'activity') {
			const module = moduleOf(item.module, index);
			const activity = module.data.activities.find((a) => a.id === item.activity);
			if (!activity) throw new Error(`session: item ${index + 1} names activity "${item.activity}", which module "${module.id}" does not have`);
			const row = activityRow(module, activity);
			parts.push({ kind: 'activity', module, rows: [row], minutes: row.minutes, startsAt, clock: at });
		} else {
			const module = moduleOf(item.module, index);
			const way = item.way ?? 'group';
			const rows = activitiesFor(module.data.activities, way).map((a) => activityRow(module, a));
			parts.push({ kind: 'module', module, way, rows, minutes: clock - startsAt, startsAt, clock: at });
		}
	});
	const breakMinutes = parts.filter((p) => p.kind === 'break').reduce((sum, p) => sum + p.minutes, 0);
	return {
		start,
		parts,
		rows: parts.flatMap((p): SessionRow<M>[] => p.rows),
		totalMinutes: clock,
		breakMinutes,
		learningMinutes: clock - breakMinutes,
		end: clockAt(start, clock),
		overADay: clock >= dayMinutes,
		modules: [...new Set(parts.flatMap((p) => (p.kind === 'break' ? [] : [p.module])))],
	};
}

/** A part of a timetable as people read it: a run of one module's activities, or a break. */
export type TimetableGroup<M extends SessionModule = SessionModule> = Exclude<SessionPart<M>, { kind: 'module' | 'activity' }> | ({ kind: 'module'; module: M; rows: ActivityRow<M>[] } & Timed);

/**
 * The session's parts with single activities of one module that follow each other joined under
 * that module, so a session made of single activities (one welcome, one close) reads as one
 * heading per module rather than one per activity.
 */
export function timetableGroups<M extends SessionModule>(session: Pick<Session<M>, 'parts'>): TimetableGroup<M>[] {
	const groups: TimetableGroup<M>[] = [];
	for (const part of session.parts) {
		if (part.kind === 'break') {
			groups.push(part);
			continue;
		}
		const last = groups.at(-1);
		if (part.kind === 'activity' && last?.kind === 'module' && last.module.id === part.module.id) {
			last.rows.push(...part.rows);
			last.minutes += part.minutes;
			continue;
		}
		groups.push({ kind: 'module', module: part.module, rows: [...part.rows], minutes: part.minutes, startsAt: part.startsAt, clock: part.clock });
	}
	return groups;
}

function checkMinutes(minutes: number, what: string) {
	if (!Number.isInteger(minutes) || minutes <= 0) throw new Error(`session: ${what} must last a whole number of minutes above 0, got ${JSON.stringify(minutes)}`);
}

/** Every distinct item of a list field across activities, in first-seen order (case and spacing ignored). */
export function checklist(activities: readonly Pick<SessionActivity, 'materials' | 'preparation'>[], field: 'materials' | 'preparation'): string[] {
	const seen = new Set<string>();
	const items: string[] = [];
	for (const activity of activities) {
		for (const item of activity[field]) {
			const key = item.toLowerCase().replace(/\s+/g, ' ').trim();
			if (seen.has(key)) continue;
			seen.add(key);
			items.push(item);
		}
	}
	return items;
}
