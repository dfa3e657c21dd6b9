/**
 * A plan's timetable: when each activity and break starts on the clock, the total, the end time,
 * and the combined materials and preparation lists. Pure functions over the small module data the
 * planner page carries (see data.ts), so the page and its printed pack work them out the same way.
 */
import { checklist } from '../print-content';
import { clockTime, dayOffset } from '../time';
import type { Plan, PlanItem } from './plan';

/** A group activity as the planner knows it. */
export interface PlanActivity {
	/** The activity's id in its module (what a saved plan names it by). */
	id: string;
	title: string;
	minutes: number;
	materials: string[];
	preparation: string[];
}

/** A module as the planner knows it: its group activities, in order. */
export interface PlanModule {
	id: string;
	title: string;
	activities: PlanActivity[];
}

/** A moment in the session: its clock time and how many days after the start day it falls. */
export interface Moment {
	clock: string;
	/** 0 on the day the session starts, 1 the day after… */
	day: number;
}

/** The clock time `offset` minutes after `start` ("HH:MM"), with the day it falls on. */
export function momentAt(start: string, offset: number): Moment {
	return { clock: clockTime(start, offset), day: dayOffset(start, offset) };
}

/** One row of the timetable: an activity or a break. */
export interface Slot {
	kind: 'activity' | 'break';
	title: string;
	minutes: number;
	/** Minutes after the session starts. */
	startsAt: number;
	at: Moment;
	/** For activities: the module and the activity's number among its group activities (from 1). */
	module?: PlanModule;
	number?: number;
	activity?: PlanActivity;
}

/** One item of the plan with its time and the rows it adds to the timetable. */
export interface TimedItem {
	item: PlanItem;
	title: string;
	module?: PlanModule;
	minutes: number;
	startsAt: number;
	at: Moment;
	slots: Slot[];
}

export interface Timetable {
	items: TimedItem[];
	slots: Slot[];
	totalMinutes: number;
	breakMinutes: number;
	end: Moment;
}

/** The activities an item brings, numbered as in the module's group timetable. */
function activitiesOf(item: PlanItem, module: PlanModule | undefined): { activity: PlanActivity; number: number }[] {
	if (!module || item.kind === 'break') return [];
	const all = module.activities.map((activity, i) => ({ activity, number: i + 1 }));
	return item.kind === 'module' ? all : all.filter((a) => a.activity.id === item.activity);
}

/**
 * Times every item in order from the plan's start. Items whose module is unknown take no time
 * (links and saved plans are checked before they get here; this only keeps the sums safe).
 */
export function timePlan(plan: Plan, modules: ReadonlyMap<string, PlanModule>, breakTitle = 'Break'): Timetable {
	let clock = 0;
	const items: TimedItem[] = plan.items.map((item) => {
		const startsAt = clock;
		const slots: Slot[] = [];
		const add = (slot: Omit<Slot, 'startsAt' | 'at'>) => {
			slots.push({ ...slot, startsAt: clock, at: momentAt(plan.start, clock) });
			clock += slot.minutes;
		};
		const module = item.kind === 'break' ? undefined : modules.get(item.module);
		if (item.kind === 'break') add({ kind: 'break', title: item.label || breakTitle, minutes: item.minutes });
		for (const { activity, number } of activitiesOf(item, module)) add({ kind: 'activity', title: activity.title, minutes: activity.minutes, module, number, activity });
		const title = item.kind === 'break' ? item.label || breakTitle : item.kind === 'module' ? (module?.title ?? item.module) : (slots[0]?.title ?? item.module);
		return { item, title, module, minutes: clock - startsAt, startsAt, at: momentAt(plan.start, startsAt), slots };
	});
	const slots = items.flatMap((i) => i.slots);
	return {
		items,
		slots,
		totalMinutes: clock,
		breakMinutes: slots.filter((s) => s.kind === 'break').reduce((t, s) => t + s.minutes, 0),
		end: momentAt(plan.start, clock),
	};
}

/** Every distinct material or preparation step the plan's activities need, in the order they come. */
export function planChecklist(table: Timetable, field: 'materials' | 'preparation'): string[] {
	return checklist(
		table.slots.flatMap((s) => (s.activity ? [s.activity] : [])),
		field,
	);
}

/** The modules a plan uses (whole or in part), each once, in first-used order. */
export function planModules(table: Timetable): PlanModule[] {
	return [...new Set(table.items.flatMap((i) => (i.module ? [i.module] : [])))];
}

/** 200 → { hours: 3, minutes: 20 }, for "3 hours 20 minutes". */
export function splitMinutes(total: number): { hours: number; minutes: number } {
	return { hours: Math.floor(total / 60), minutes: total % 60 };
}
