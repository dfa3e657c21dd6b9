/**
 * A session plan and its link. The plan's shape is the zod/mini schema in
 * src/lib/storage/schema.ts (the one source of its types; it is saved in the shared storage
 * document); this file imports only the types, so the planner's browser script stays small.
 *
 * ## The link (version 2, the current one)
 *
 *   /sessions/planner/?v=2&start=0930&title=Induction+day&i=the-four-roles&i=recognising-tokenism.2&i=_break.15.Tea
 *
 * - `v=2`: the link's version, always first.
 * - `start=HHMM`: the start time, 24-hour, without the colon (a colon would be escaped as %3A).
 * - `title=…`: optional.
 * - `i=…`, one per item, in order:
 *   - `<module id>`: the whole module, taken the group way;
 *   - `<module id>.<n>`: the module's n-th group activity (from 1);
 *   - `_break.<minutes>` or `_break.<minutes>.<label>`: a break. Module ids are lower-case words
 *     joined by hyphens, so they never start with `_` and never hold a `.`: an item can only be
 *     read one way, whatever modules are added later.
 *
 * Only the characters URLSearchParams leaves as they are appear in ids, so links stay readable.
 *
 * ## Older links
 *
 * Version 1 (no `v`): `?modules=the-four-roles,recognising-tokenism&start=09:30`, whole modules
 * only. `decodePlan` migrates it: each module becomes a module item; there were no breaks.
 *
 * Decoding checks everything against the modules that exist and never throws: it returns the
 * plan, `null` for a link without a plan, or an error code the page turns into plain English.
 */
import type { Plan, PlanItem } from '../storage/schema';
import { planLimits } from './limits';

export type { Plan, PlanItem };

export const linkVersion = 2;
export const defaultStart = '09:30';

/**
 * For each module that can be planned: its id and its group activities' ids, in order. A saved
 * plan names an activity by id; this version of the link still writes its number (from 1).
 */
export type Catalogue = ReadonlyMap<string, readonly string[]>;

export type LinkError = 'unknown-version' | 'bad-start' | 'unknown-module' | 'activity-out-of-range' | 'bad-break' | 'too-many-items' | 'malformed';

export type Decoded = { ok: true; plan: Plan | null; migratedFrom?: number } | { ok: false; error: LinkError; item?: string };

export const emptyPlan = (start = defaultStart): Plan => ({ start, items: [] });

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const clockPattern = /^([01]\d|2[0-3]):?([0-5]\d)$/;
const breakPrefix = '_break';

/** One item as it appears in a link (an activity the catalogue does not know becomes `.0`, which no link accepts). */
export function encodeItem(item: PlanItem, catalogue: Catalogue): string {
	if (item.kind === 'module') return item.module;
	if (item.kind === 'activity') return `${item.module}.${(catalogue.get(item.module)?.indexOf(item.activity) ?? -1) + 1}`;
	return [breakPrefix, String(item.minutes), ...(item.label ? [item.label] : [])].join('.');
}

/** The query string of a plan's link, with the leading "?" (empty for an empty, untitled plan). */
export function encodePlan(plan: Plan, catalogue: Catalogue): string {
	const params = new URLSearchParams({ v: String(linkVersion), start: plan.start.replace(':', '') });
	if (plan.title) params.set('title', plan.title);
	for (const item of plan.items) params.append('i', encodeItem(item, catalogue));
	return `?${params}`;
}

type ItemResult = { ok: true; item: PlanItem } | { ok: false; error: LinkError; item: string };

/** Reads one `i=` value (version 2). */
export function decodeItem(text: string, catalogue: Catalogue): ItemResult {
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
	if (!/^\d{1,2}$/.test(activityText)) return fail('malformed');
	const activity = Number(activityText);
	if (activity < 1 || activity > activities.length) return fail('activity-out-of-range');
	return { ok: true, item: { kind: 'activity', module, activity: activities[activity - 1] } };
}

/** "0930" or "09:30" → "09:30"; undefined if it is not a 24-hour time. */
export function readStart(text: string): string | undefined {
	const match = clockPattern.exec(text);
	return match ? `${match[1]}:${match[2]}` : undefined;
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
	if (version === '1') return decodeVersion1(params, catalogue);
	if (version !== String(linkVersion) || params.getAll('v').length > 1) return { ok: false, error: 'unknown-version' };
	const start = readStart(params.get('start') ?? '');
	if (!start) return { ok: false, error: 'bad-start' };
	const title = (params.get('title') ?? '').trim();
	if (title.length > planLimits.titleCharacters) return { ok: false, error: 'malformed' };
	const texts = params.getAll('i');
	if (texts.length > planLimits.items) return { ok: false, error: 'too-many-items' };
	const items: PlanItem[] = [];
	for (const text of texts) {
		const result = decodeItem(text, catalogue);
		if (!result.ok) return result;
		items.push(result.item);
	}
	return { ok: true, plan: title ? { title, start, items } : { start, items } };
}

/** Version 1: `modules=a,b,c` and an optional `start=HH:MM`. */
function decodeVersion1(params: URLSearchParams, catalogue: Catalogue): Decoded {
	const startText = params.get('start');
	const start = startText === null ? defaultStart : readStart(startText);
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

/** Checks a plan from anywhere (storage, say) the same way a link is checked. */
export function checkPlan(plan: Plan, catalogue: Catalogue): Decoded {
	return decodePlan(encodePlan(plan, catalogue), catalogue);
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
