/**
 * Changes a trainer makes to a plan on the planner page, as pure functions of the plan (the page
 * keeps the plan before each destructive change, so "Undo" puts it back). Browser-safe: the
 * planner's script imports them; tests/unit/planner.test.ts tests them.
 */
import type { Catalogue, Plan, PlanItem } from './plan';

/** The plan without the item at `index` (the same plan if there is none). */
export function removeItem(plan: Plan, index: number): Plan {
	if (index < 0 || index >= plan.items.length) return plan;
	return { ...plan, items: plan.items.filter((_, i) => i !== index) };
}

/**
 * The plan with the whole module at `index` replaced by its group activities, one item each, so
 * the trainer can drop or move any one of them. The same plan if that item is not a whole module.
 */
export function expandModule(plan: Plan, index: number, catalogue: Catalogue): Plan {
	const item = plan.items[index];
	if (item?.kind !== 'module') return plan;
	const activities = (catalogue.get(item.module) ?? []).map((activity): PlanItem => ({ kind: 'activity', module: item.module, activity }));
	if (!activities.length) return plan;
	return { ...plan, items: [...plan.items.slice(0, index), ...activities, ...plan.items.slice(index + 1)] };
}

/** The activities (as `<module>.<activity>`) an item runs: a whole module runs all its group activities. */
function runs(item: PlanItem, catalogue: Catalogue): string[] {
	if (item.kind === 'break') return [];
	if (item.kind === 'activity') return [`${item.module}.${item.activity}`];
	return (catalogue.get(item.module) ?? []).map((activity) => `${item.module}.${activity}`);
}

/**
 * Where `item` would run something the plan already runs: the position (from 0) of the first item
 * that overlaps it (the same activity, or the whole module it belongs to), or -1. Breaks never do.
 */
export function overlapOf(plan: Plan, item: PlanItem, catalogue: Catalogue): number {
	const wanted = new Set(runs(item, catalogue));
	if (!wanted.size) return -1;
	return plan.items.findIndex((other) => runs(other, catalogue).some((key) => wanted.has(key)));
}

/**
 * How far the plan ends from the target end time, in minutes: above 0 when it runs over, below 0
 * when it finishes early. The target is read as the first time at or after the start (a target of
 * 13:00 for a start of 10:00 is 3 hours later; for a start of 22:00, 15 hours later, the next day).
 */
export function overBy(start: string, totalMinutes: number, end: string): number {
	const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
	const window = (minutes(end) - minutes(start) + 24 * 60) % (24 * 60);
	return totalMinutes - window;
}
