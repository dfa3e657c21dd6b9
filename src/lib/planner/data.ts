/**
 * What the planner page hands its script, as a JSON data island: every module that can be run
 * with a group (its group activities only, with just the fields a timetable and its checklists
 * need) and every ready-made group session (a group path) as a plan. Kept this small because the
 * whole island is part of the page's HTML.
 */
import { activitiesFor } from '../print-content';
import type { ModuleData } from '../../schemas/module';
import type { PathData } from '../../schemas/path';
import { defaultStart, type Plan } from './plan';
import type { PlanModule } from './timetable';

interface WithData<D> {
	id: string;
	data: D;
}

export interface ReadyMade {
	id: string;
	title: string;
	plan: Plan;
}

export interface PlannerData {
	modules: PlanModule[];
	sessions: ReadyMade[];
}

/** A group path as a plan: its modules whole, its breaks as they are, its start time. */
export function pathPlan(path: PathData): Plan {
	return {
		title: path.title,
		start: path.startTime ?? defaultStart,
		items: path.steps.map((step) => ('module' in step ? { kind: 'module', module: step.module } : { kind: 'break', minutes: step.break, ...(step.label ? { label: step.label } : {}) })),
	};
}

export function plannerData(modules: readonly WithData<ModuleData>[], paths: readonly WithData<PathData>[]): PlannerData {
	return {
		modules: modules
			.filter((m) => m.data.format.group !== undefined)
			.map((m) => ({
				id: m.id,
				title: m.data.title,
				activities: activitiesFor(m.data.activities, 'group').map((a) => ({ id: a.id, title: a.title, minutes: a.minutes, materials: a.materials, preparation: a.preparation })),
			})),
		sessions: paths.filter((p) => p.data.format === 'group').map((p) => ({ id: p.id, title: p.data.title, plan: pathPlan(p.data) })),
	};
}

/** For checking links: each module's id and its group activities' ids, in order. */
export const catalogueOf = (modules: readonly PlanModule[]) => new Map(modules.map((m) => [m.id, m.activities.map((a) => a.id)]));
