/** Looks up interface strings. One dictionary today (en-GB); the lookup is the only way in. */
import { en, type UIKey } from './en';

const plural = new Intl.PluralRules('en-GB');

type Vars = Record<string, string | number>;

function fill(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function t(key: UIKey, vars?: Vars): string {
	return fill(en[key], vars);
}

/** Keys that have `.one` / `.other` forms, without the suffix. */
type PluralBase = { [K in UIKey]: K extends `${infer Base}.other` ? Base : never }[UIKey];

/** Picks the plural form for `count` (Intl.PluralRules) and fills `{count}`. */
export function tn(base: PluralBase, count: number, vars: Vars = {}): string {
	const category = plural.select(count);
	const key = (`${base}.${category}` in en ? `${base}.${category}` : `${base}.other`) as UIKey;
	return fill(en[key], { count, ...vars });
}

/**
 * The strings a browser script needs, as `data-label-*` attributes for its root element: every key
 * under `prefix`, named by the rest of the key in lower case ("planner.js.move-up" → data-label-move-up,
 * "pack.noScript" → data-label-no-script). One object, so labels from several prefixes can be
 * merged before they are spread (two spreads can write the same attribute twice).
 */
export function scriptLabels(prefix: string): Record<string, string> {
	return Object.fromEntries(
		(Object.keys(en) as UIKey[]).filter((key) => key.startsWith(prefix)).map((key) => [`data-label-${key.slice(prefix.length).replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, en[key]]),
	);
}
