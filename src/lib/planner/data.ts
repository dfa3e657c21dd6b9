/**
 * What the planner's pages hand their script, as a JSON data island: every module that can be
 * run with a group (its group activities only, with just the fields a timetable and its
 * checklists need, in the shape the session model takes) and every ready-made group session (a
 * group path) as a plan. Kept this small because the whole island is part of the page's HTML.
 */
import type { ModuleData } from '../../schemas/module';
import type { PathData } from '../../schemas/path';
import { activitiesFor, pathPlan, type SessionActivity, type SessionModule } from '../session';
import type { Plan } from './plan';

interface WithData<D> {
	id: string;
	data: D;
}

export interface ReadyMade {
	id: string;
	title: string;
	plan: Plan;
}

/** A module as the planner knows it: its group activities, in order. */
export type PlanModule = SessionModule<SessionActivity>;

export interface PlannerData {
	modules: PlanModule[];
	sessions: ReadyMade[];
}

export function plannerData(modules: readonly WithData<ModuleData>[], paths: readonly WithData<PathData>[]): PlannerData {
	return {
		modules: modules
			.filter((m) => m.data.format.group !== undefined)
			.map((m) => ({
				id: m.id,
				data: {
					title: m.data.title,
					activities: activitiesFor(m.data.activities, 'group').map(({ id, title, mode, minutes, materials, preparation }) => ({ id, title, mode, minutes, materials, preparation })),
				},
			})),
		sessions: paths.filter((p) => p.data.format === 'group').map((p) => ({ id: p.id, title: p.data.title, plan: pathPlan(p.data) })),
	};
}

/** For checking links: each module's id and the ids of its group activities, in order. */
export const catalogueOf = (modules: readonly PlanModule[]) => new Map(modules.map((m) => [m.id, m.data.activities.map((a) => a.id)]));
