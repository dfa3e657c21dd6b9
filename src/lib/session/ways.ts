/**
 * The ways of taking a module (alone or with a group) and which of its activities each way
 * includes. The schema names the module's times `format.selfStudy` and `format.group` and an
 * activity's `mode` 'self-study', 'group' or 'both'; this is the one place that maps between them.
 */
import type { ActivityMode, ModuleFormat } from '../../schemas/module';

/** A way of taking a module. */
export type Way = 'group' | 'self-study';

/** Group first, as facilitator views show them. */
export const ways: readonly Way[] = ['group', 'self-study'];

/** How a handout presents a module: one way, or both side by side. */
export type HandoutWay = Way | 'both';

/** The module's stated minutes for a way, or undefined if it cannot be taken that way. */
export function minutesFor(format: ModuleFormat, way: Way): number | undefined {
	return way === 'group' ? format.group : format.selfStudy;
}

/** The ways a module can be taken, group first. */
export function waysOf(format: ModuleFormat): Way[] {
	return ways.filter((way) => minutesFor(format, way) !== undefined);
}

/** The way a module's own handout takes: both when it can be taken both ways. */
export function moduleWay(format: ModuleFormat): HandoutWay {
	const possible = waysOf(format);
	return possible.length === 2 ? 'both' : possible[0];
}

/** The activities someone taking the module this way does, in order (every one for 'both'). */
export function activitiesFor<A extends { mode: ActivityMode }>(activities: readonly A[], way: HandoutWay): A[] {
	if (way === 'both') return [...activities];
	return activities.filter((a) => a.mode === 'both' || a.mode === way);
}

/**
 * Each activity's number (from 1) among the activities of each way that includes it: a module page
 * that shows one way at a time numbers the activities as that way takes them.
 */
export function numbersByWay<A extends { mode: ActivityMode }>(activities: readonly A[], possible: readonly Way[]): Map<A, Partial<Record<Way, number>>> {
	const out = new Map<A, Partial<Record<Way, number>>>(activities.map((a) => [a, {}]));
	for (const way of possible) activitiesFor(activities, way).forEach((a, i) => (out.get(a)![way] = i + 1));
	return out;
}
