/**
 * Looks up interface strings. One dictionary today (en-GB); the lookup is the only way in. The
 * filling and plurals are the site's one helper (src/lib/labels.ts), which browser scripts use too.
 */
import { Labels, type Vars } from '../lib/labels';
import { timeLabels } from '../lib/session/labels';
import { en, type UIKey } from './en';

export const dictionary = new Labels<UIKey>(en, 'en-GB');

export function t(key: UIKey, vars?: Vars): string {
	return dictionary.t(key, vars);
}

/** Keys that have `.one` / `.other` forms, without the suffix. */
type PluralBase = { [K in UIKey]: K extends `${infer Base}.other` ? Base : never }[UIKey];

/** Picks the plural form for `count` (Intl.PluralRules) and fills `{count}`. */
export function tn(base: PluralBase, count: number, vars: Vars = {}): string {
	return dictionary.tn(base, count, vars);
}

/** Durations, clock times and break names for timetables, in the dictionary's words. */
export const time = timeLabels(dictionary);

/**
 * The strings a browser script needs, as one `data-labels` attribute (a JSON object of dictionary
 * keys) for its root element; the script reads them with `labelsOf()` from src/lib/labels.ts.
 * Give key prefixes ("planner.js.") or whole keys; strings keep their `{name}` markers.
 */
export function scriptLabels(...keysOrPrefixes: readonly string[]): { 'data-labels': string } {
	const keys = (Object.keys(en) as UIKey[]).filter((key) => keysOrPrefixes.some((k) => key === k || (k.endsWith('.') && key.startsWith(k))));
	return { 'data-labels': JSON.stringify(Object.fromEntries(keys.map((key) => [key, en[key]]))) };
}
