/**
 * Filtering modules by audience, role, format and length. The same function decides on the
 * server (the pre-built lists that work without JavaScript) and in the browser (the filters on
 * the modules page), so the two can never disagree.
 */

/** Length bands, by the module's shortest way of taking it. */
export const lengths = ['short', 'medium', 'long'] as const;
export type Length = (typeof lengths)[number];
export const formats = ['self-study', 'group'] as const;
export type Format = (typeof formats)[number];

export function lengthOf(minutes: number): Length {
	if (minutes <= 45) return 'short';
	if (minutes <= 90) return 'medium';
	return 'long';
}

/** What a module can be filtered by, as plain strings (written into data-* attributes). */
export interface Facets {
	audiences: string[];
	roles: string[];
	formats: Format[];
	length: Length;
}

export function facetsOf(mod: { audiences: readonly string[]; roles: readonly string[]; format: { selfStudy?: number; group?: number } }): Facets {
	const times = [mod.format.selfStudy, mod.format.group].filter((t): t is number => t !== undefined);
	return {
		audiences: [...mod.audiences],
		roles: [...mod.roles],
		formats: [...(mod.format.selfStudy !== undefined ? (['self-study'] as const) : []), ...(mod.format.group !== undefined ? (['group'] as const) : [])],
		length: lengthOf(Math.min(...times)),
	};
}

/** What someone picked: an empty list means "any". */
export interface Selection {
	audiences: string[];
	roles: string[];
	formats: string[];
	lengths: string[];
}

/** True if the module matches every kind of filter picked (any of the values picked within a kind). */
export function matches(facets: Facets, selection: Selection): boolean {
	const any = (picked: string[], has: readonly string[]) => picked.length === 0 || picked.some((p) => has.includes(p));
	return (
		any(selection.audiences, facets.audiences) &&
		any(selection.roles, facets.roles) &&
		any(selection.formats, facets.formats) &&
		any(selection.lengths, [facets.length])
	);
}
