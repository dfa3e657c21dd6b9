/**
 * Interface strings with `{name}` values filled in and plurals chosen by count: the one template
 * filler and the one plural helper of the site, for the server and the browser alike (as
 * govuk-frontend's single I18n class serves every component). It imports nothing, so browser
 * scripts can use it without pulling in the dictionary.
 *
 * On the server, src/i18n/index.ts wraps the whole dictionary in a Labels. In the browser a script
 * reads the strings its page wrote for it: `labelsOf(element)` parses the element's `data-labels`
 * attribute, a JSON object of dictionary keys to strings (written by `scriptLabels()` in
 * src/i18n/index.ts), so the keys are the dictionary's own on both sides.
 */

export type Vars = Record<string, string | number>;

/** "{count} results" with { count: 3 } → "3 results". Unknown names are left as they are, so a missing value shows. */
export function fill(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export class Labels<K extends string = string> {
	readonly #strings: Readonly<Record<string, string>>;
	readonly #plural: Intl.PluralRules;

	constructor(strings: Readonly<Record<K, string>>, locale = 'en-GB') {
		this.#strings = strings;
		this.#plural = new Intl.PluralRules(locale);
	}

	/** Whether a string for `key` was given. */
	has(key: string): boolean {
		return key in this.#strings;
	}

	/** The string for `key` with its values filled in; the key itself if there is none, so a gap shows on the page. */
	t(key: K, vars?: Vars): string {
		const template = this.#strings[key];
		return template === undefined ? key : fill(template, vars);
	}

	/** The plural form of `base` for `count` (`base.one`, `base.other`…, by Intl.PluralRules), with `{count}` filled in. */
	tn(base: string, count: number, vars: Vars = {}): string {
		const key = `${base}.${this.#plural.select(count)}`;
		return this.t((this.has(key) ? key : `${base}.other`) as K, { count, ...vars });
	}
}

/** The labels a page wrote on `element` as `data-labels` (an empty set if there are none, or they cannot be read). */
export function labelsOf(element: Element, locale = document.documentElement.lang || 'en-GB'): Labels {
	let strings: Record<string, string> = {};
	try {
		const parsed: unknown = JSON.parse(element.getAttribute('data-labels') ?? '{}');
		if (parsed && typeof parsed === 'object') strings = parsed as Record<string, string>;
	} catch {
		// A damaged attribute shows the keys instead of words, rather than breaking the page.
	}
	return new Labels(strings, locale);
}
