/**
 * Where a module sits in each learning path that takes it: "Module 2 of 4 in <path>", the module
 * before and after it, and what to do once the path is done. Module pages show one small block per
 * path (src/components/PathPlaces.astro), so a reader who came from any path finds its next step
 * without JavaScript and without a page per path and module (which would double the module pages
 * and the build time).
 */
import type { ModuleData } from '../schemas/module';
import type { PathData } from '../schemas/path';
import { byOrder } from './derive';
import type { EntryLike } from './integrity';

type Module = EntryLike<Pick<ModuleData, 'title'>>;
type Path = EntryLike<Pick<PathData, 'title' | 'order' | 'steps' | 'prerequisites'>>;

export interface PathPlace<P extends Path, M extends Module> {
	path: P;
	/** From 1, counting each module once, in the order the path first takes it. */
	position: number;
	/** How many different modules the path takes. */
	count: number;
	previous?: M;
	next?: M;
	/**
	 * How many of the module's activities the path takes, when it takes single activities (a group
	 * session drawing on part of a module); undefined when it takes the whole module.
	 */
	activities?: number;
	/** For the last module: the paths that build on this one (they list it as a prerequisite). */
	after: P[];
}

/** The modules a path takes, each once, in the order it first takes them. */
export function pathModuleIds(path: Pick<PathData, 'steps'>): string[] {
	return [...new Set(path.steps.flatMap((step) => ('module' in step ? [step.module] : [])))];
}

/**
 * For each module, its place in every path that takes it, in path order. Ids are the integrity
 * check's business: a module id that `modules` lacks is skipped, never guessed.
 */
export function pathPlaces<P extends Path, M extends Module>(paths: readonly P[], modules: ReadonlyMap<string, M>): Map<string, PathPlace<P, M>[]> {
	const ordered = byOrder(paths);
	const out = new Map<string, PathPlace<P, M>[]>();
	for (const path of ordered) {
		const ids = pathModuleIds(path.data).filter((id) => modules.has(id));
		const after = ordered.filter((other) => other.data.prerequisites.includes(path.id));
		ids.forEach((id, i) => {
			const taken = new Set(path.data.steps.flatMap((s) => ('module' in s && s.module === id && s.activity ? [s.activity] : [])));
			const place: PathPlace<P, M> = {
				path,
				position: i + 1,
				count: ids.length,
				previous: i > 0 ? modules.get(ids[i - 1]) : undefined,
				next: modules.get(ids[i + 1]),
				activities: taken.size > 0 ? taken.size : undefined,
				after: i === ids.length - 1 ? after : [],
			};
			out.set(id, [...(out.get(id) ?? []), place]);
		});
	}
	return out;
}
