/**
 * What goes on paper for a module: which activities a way of taking it includes, their timings,
 * and the combined materials and preparation checklists. Plain functions over schema types, used
 * by the handouts and (later) the session planner.
 */
import type { Activity, ModuleFormat } from '../schemas/module';

/** How a handout presents a module: for someone alone, for a group, or both side by side. */
export type Way = 'self-study' | 'group' | 'both';

/** The way a module's own handout takes: both when it can be taken both ways. */
export function moduleWay(format: ModuleFormat): Way {
	if (format.selfStudy !== undefined && format.group !== undefined) return 'both';
	return format.group !== undefined ? 'group' : 'self-study';
}

/** The activities someone taking the module this way does. */
export function activitiesFor<A extends Pick<Activity, 'mode'>>(activities: readonly A[], way: Way): A[] {
	if (way === 'both') return [...activities];
	return activities.filter((a) => a.mode === 'both' || a.mode === way);
}

export interface TimetableRow<A> {
	activity: A;
	/** Minutes from the start of the module. */
	startsAt: number;
}

/** Activities in order with the minute each starts at, and the total. */
export function timetable<A extends Pick<Activity, 'mode' | 'minutes'>>(activities: readonly A[], way: Exclude<Way, 'both'>) {
	let clock = 0;
	const rows: TimetableRow<A>[] = activitiesFor(activities, way).map((activity) => {
		const row = { activity, startsAt: clock };
		clock += activity.minutes;
		return row;
	});
	return { rows, total: clock };
}

/** A timetable for each way the module can be taken, group first (the facilitator version shows both). */
export function timetables<A extends Pick<Activity, 'mode' | 'minutes'>>(format: ModuleFormat, activities: readonly A[]) {
	const ways = (['group', 'self-study'] as const).filter((way) => (way === 'group' ? format.group : format.selfStudy) !== undefined);
	return ways.map((way) => ({ way, ...timetable(activities, way) }));
}

/** Every distinct item of a list field across activities, in first-seen order (case and spacing ignored). */
export function checklist<A extends Pick<Activity, 'materials' | 'preparation'>>(activities: readonly A[], field: 'materials' | 'preparation'): string[] {
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

/** "0:45" for 45 minutes into a session, "1:05" for 65. */
export function elapsed(minutes: number): string {
	return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Moves every heading in rendered HTML down by `by` levels (h2 → h3 for 1), never past h6, so
 * text written with its own "##" headings nests under the page's headings wherever it is shown.
 */
export function shiftHeadings(html: string, by: number): string {
	if (!by) return html;
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}

/**
 * Prefixes every id in rendered HTML, and the in-page links to them, so several modules' texts
 * can share one page (a path handout) without two headings claiming the same id.
 */
export function prefixIds(html: string, prefix: string): string {
	return html.replace(/(\sid=")([^"]+)"/g, `$1${prefix}-$2"`).replace(/(\shref="#)([^"]+)"/g, `$1${prefix}-$2"`);
}
