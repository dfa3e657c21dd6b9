/**
 * A session plan and its link. The plan's shape is the zod/mini schema in
 * src/lib/storage/schema.ts (the one source of its types; it is saved in the shared storage
 * document); this file imports only the types, so the planner's browser script stays small.
 * It is timed by the session model (src/lib/session/), as every timetable on the site is.
 *
 * ## The link (version 3, the current one)
 *
 *   /sessions/planner/?v=3&start=0930&title=Induction+day&i=the-four-roles&i=recognising-tokenism.spot-the-signs&i=_break.15.Tea
 *
 * - `v=3`: the link's version, always first.
 * - `start=HHMM`: the start time, 24-hour, without the colon (a colon would be escaped as %3A).
 * - `title=…`: optional.
 * - `end=HHMM`: optional, the time the trainer wants to finish by (the planner says how far over
 *   or under the plan runs).
 * - `group=N`: optional, how many people take part (1 to 200), for the copy counts.
 *   Both were added to version 3 without a new version: a link without them means what it meant,
 *   and a planner that did not know them would have refused the link rather than misread it.
 * - `i=…`, one per item, in order:
 *   - `<module id>`: the whole module, taken the group way;
 *   - `<module id>.<activity id>`: one of the module's group activities, by the id it has in the
 *     module's frontmatter, so reordering a module's activities never changes what a link means;
 *   - `_break.<minutes>` or `_break.<minutes>.<label>`: a break.
 *   Module and activity ids are lower-case words joined by hyphens: they never start with `_` and
 *   never hold a `.`, so an item can only be read one way, whatever is added later.
 *
 * Only the characters URLSearchParams leaves as they are appear in ids, so links stay readable.
 *
 * ## Older links, opened and rewritten to version 3
 *
 * - Version 2 (`v=2`): the same, but `<module id>.<n>` named the module's n-th group activity
 *   (from 1). The number is turned into that activity's id, as the content is now.
 * - Version 1 (no `v`): `?modules=the-four-roles,recognising-tokenism&start=09:30`, whole modules
 *   only, no breaks.
 *
 * Decoding checks everything against the modules that exist and never throws: it returns the
 * plan, `null` for a link without a plan, or an error code the page turns into plain English.
 */
import { defaultStartTime, readStart } from '../session/clock';
import type { Plan, PlanItem } from '../storage/schema';
import { planLimits } from './limits';

export type { Plan, PlanItem };

export const linkVersion = 3;

/** For each module that can be planned: the ids of its group activities, in order. */
export type Catalogue = ReadonlyMap<string, readonly string[]>;

export type LinkError = 'unknown-version' | 'bad-start' | 'bad-end' | 'unknown-module' | 'unknown-activity' | 'activity-out-of-range' | 'bad-break' | 'bad-group' | 'too-many-items' | 'malformed';

export type Decoded = { ok: true; plan: Plan | null; migratedFrom?: number } | { ok: false; error: LinkError; item?: string };

export const emptyPlan = (start = defaultStartTime): Plan => ({ start, items: [] });

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const breakPrefix = '_break';

/** One item as it appears in a link. */
export function encodeItem(item: PlanItem): string {
	if (item.kind === 'module') return item.module;
	if (item.kind === 'activity') return `${item.module}.${item.activity}`;
	return [breakPrefix, String(item.minutes), ...(item.label ? [item.label] : [])].join('.');
}

/** The query string of a plan's link, with the leading "?". */
export function encodePlan(plan: Plan): string {
	const params = new URLSearchParams({ v: String(linkVersion), start: plan.start.replace(':', '') });
	if (plan.title) params.set('title', plan.title);
	if (plan.end) params.set('end', plan.end.replace(':', ''));
	if (plan.group !== undefined) params.set('group', String(plan.group));
	for (const item of plan.items) params.append('i', encodeItem(item));
	return `?${params}`;
}

type ItemResult = { ok: true; item: PlanItem } | { ok: false; error: LinkError; item: string };

/** Reads one `i=` value of a version 3 link (or, with `version: 2`, of a version 2 link). */
export function decodeItem(text: string, catalogue: Catalogue, version: 2 | 3 = 3): ItemResult {
	const fail = (error: LinkError): ItemResult => ({ ok: false, error, item: text });
	if (text.startsWith(`${breakPrefix}.`)) {
		const [, minutesText, ...rest] = text.split('.');
		const label = rest.join('.').trim();
		const minutes = Number(minutesText);
		const { min, max } = planLimits.breakMinutes;
		if (!/^\d{1,3}$/.test(minutesText) || minutes < min || minutes > max || label.length > planLimits.labelCharacters) return fail('bad-break');
		return { ok: true, item: label ? { kind: 'break', minutes, label } : { kind: 'break', minutes } };
	}
	const [module, activityText, ...extra] = text.split('.');
	if (!idPattern.test(module) || extra.length) return fail('malformed');
	const activities = catalogue.get(module);
	if (activities === undefined) return fail('unknown-module');
	if (activityText === undefined) return { ok: true, item: { kind: 'module', module } };
	if (version === 2) {
		if (!/^\d{1,2}$/.test(activityText)) return fail('malformed');
		const activity = activities[Number(activityText) - 1];
		return activity ? { ok: true, item: { kind: 'activity', module, activity } } : fail('activity-out-of-range');
	}
	if (!idPattern.test(activityText)) return fail('malformed');
	return activities.includes(activityText) ? { ok: true, item: { kind: 'activity', module, activity: activityText } } : fail('unknown-activity');
}

/** Reads a link's query string (with or without "?"), migrating older versions. Never throws. */
export function decodePlan(query: string, catalogue: Catalogue): Decoded {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(query);
	} catch {
		return { ok: false, error: 'malformed' };
	}
	const version = params.get('v');
	if (version === null) {
		if (params.has('modules')) return decodeVersion1(params, catalogue);
		// Any other planner field without a version is a damaged link, not "no plan".
		return ['i', 'start', 'title'].some((key) => params.has(key)) ? { ok: false, error: 'malformed' } : { ok: true, plan: null };
	}
	if (params.getAll('v').length > 1) return { ok: false, error: 'unknown-version' };
	if (version === '1') return decodeVersion1(params, catalogue);
	if (version !== '2' && version !== String(linkVersion)) return { ok: false, error: 'unknown-version' };
	const start = readStart(params.get('start') ?? '');
	if (!start) return { ok: false, error: 'bad-start' };
	const title = (params.get('title') ?? '').trim();
	if (title.length > planLimits.titleCharacters) return { ok: false, error: 'malformed' };
	const endText = params.get('end');
	const end = endText === null ? undefined : readStart(endText);
	if (endText !== null && !end) return { ok: false, error: 'bad-end' };
	const groupText = params.get('group');
	const group = groupText === null ? undefined : Number(groupText);
	const { min, max } = planLimits.groupSize;
	if (group !== undefined && (!/^\d{1,3}$/.test(groupText!) || group < min || group > max)) return { ok: false, error: 'bad-group' };
	const texts = params.getAll('i');
	if (texts.length > planLimits.items) return { ok: false, error: 'too-many-items' };
	const items: PlanItem[] = [];
	for (const text of texts) {
		const result = decodeItem(text, catalogue, version === '2' ? 2 : 3);
		if (!result.ok) return result;
		items.push(result.item);
	}
	const plan: Plan = { ...(title ? { title } : {}), start, ...(end ? { end } : {}), ...(group !== undefined ? { group } : {}), items };
	return version === '2' ? { ok: true, plan, migratedFrom: 2 } : { ok: true, plan };
}

/** Version 1: `modules=a,b,c` and an optional `start=HH:MM` (the planner then began at 09:30). */
function decodeVersion1(params: URLSearchParams, catalogue: Catalogue): Decoded {
	const startText = params.get('start');
	const start = startText === null ? version1Start : readStart(startText);
	if (!start) return { ok: false, error: 'bad-start' };
	const ids = (params.get('modules') ?? '').split(',').filter(Boolean);
	if (ids.length > planLimits.items) return { ok: false, error: 'too-many-items' };
	const items: PlanItem[] = [];
	for (const id of ids) {
		if (!idPattern.test(id)) return { ok: false, error: 'malformed', item: id };
		if (!catalogue.has(id)) return { ok: false, error: 'unknown-module', item: id };
		items.push({ kind: 'module', module: id });
	}
	return { ok: true, plan: { start, items }, migratedFrom: 1 };
}

/** What a version 1 link without a start time meant: it was made when plans began at 09:30. */
const version1Start = '09:30';

/** Checks a plan from anywhere (storage, say) the same way a link is checked. */
export function checkPlan(plan: Plan, catalogue: Catalogue): Decoded {
	return decodePlan(encodePlan(plan), catalogue);
}

/** Moves the item at `from` by `by` places; the same plan if that would leave the list. */
export function moveItem(plan: Plan, from: number, by: number): Plan {
	const to = from + by;
	if (from < 0 || from >= plan.items.length || to < 0 || to >= plan.items.length) return plan;
	const items = [...plan.items];
	const [item] = items.splice(from, 1);
	items.splice(to, 0, item);
	return { ...plan, items };
}
