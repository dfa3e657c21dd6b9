/**
 * Plans made from content: a learning path as a plan (the one place a path becomes items), the
 * ready-made sessions (one per group path) and a module's own timings for each way of taking it.
 */
import type { ModuleFormat } from '../../schemas/module';
import type { PathData } from '../../schemas/path';
import { buildSession, type Session, type SessionModule } from './build';
import { defaultStartTime } from './clock';
import { waysOf, type Way } from './ways';

/** The items a path is made of: whole modules, single activities and breaks. Fits a saved plan's items and a session's. */
export type PathItem = { kind: 'module'; module: string } | { kind: 'activity'; module: string; activity: string } | { kind: 'break'; minutes: number; label?: string };

export interface PathPlan {
	title: string;
	start: string;
	items: PathItem[];
}

/** A path as a plan: its modules whole and its breaks, in order, from its start time (or the default). */
export function pathPlan(path: Pick<PathData, 'title' | 'steps' | 'startTime'>): PathPlan {
	return {
		title: path.title,
		start: path.startTime ?? defaultStartTime,
		items: path.steps.map((step): PathItem => {
			if ('module' in step) return step.activity ? { kind: 'activity', module: step.module, activity: step.activity } : { kind: 'module', module: step.module };
			return step.label ? { kind: 'break', minutes: step.break, label: step.label } : { kind: 'break', minutes: step.break };
		}),
	};
}

/** A path timed the way it is taken: a group path's modules the group way, a self-study path's alone. */
export function pathSession<M extends SessionModule>(path: Pick<PathData, 'title' | 'steps' | 'startTime' | 'format'>, modules: ReadonlyMap<string, M>): Session<M> {
	const plan = pathPlan(path);
	const way: Way = path.format;
	return buildSession(
		plan.items.map((item) => (item.kind === 'module' ? { ...item, way } : item)),
		plan.start,
		modules,
	);
}

export interface ReadySession<P, M extends SessionModule> {
	id: string;
	path: P;
	session: Session<M>;
}

/**
 * The ready-made sessions: one per group path, timed from its start time. `timed` lets a caller
 * that has already timed every path (src/lib/content.ts) hand those timings over instead.
 */
export function readySessions<P extends { id: string; data: Pick<PathData, 'title' | 'format' | 'steps' | 'startTime'> }, M extends SessionModule>(
	paths: readonly P[],
	modules: ReadonlyMap<string, M>,
	timed: (path: P) => Session<M> = (path) => pathSession(path.data, modules),
): ReadySession<P, M>[] {
	return paths.filter((path) => path.data.format === 'group').map((path) => ({ id: path.id, path, session: timed(path) }));
}

/** A module on its own, timed for each way it can be taken (group first), for the facilitator view. */
export function moduleTimings<M extends SessionModule & { data: { format: ModuleFormat } }>(module: M): { way: Way; session: Session<M> }[] {
	const only = new Map([[module.id, module]]);
	return waysOf(module.data.format).map((way) => ({ way, session: buildSession([{ kind: 'module', module: module.id, way }], defaultStartTime, only) }));
}
