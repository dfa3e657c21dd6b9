/** Module filters: length bands, facets and matching. */
import { describe, expect, it } from 'vitest';
import { facetsOf, lengthOf, matches } from '../../src/lib/module-filters';

const none = { audiences: [], roles: [], formats: [], lengths: [] };
const mod = facetsOf({ audiences: ['lived-experience', 'trainer'], roles: ['community-builder'], format: { selfStudy: 40, group: 90 } });

describe('module filters', () => {
	it('bands length by the shortest way of taking a module', () => {
		expect([lengthOf(45), lengthOf(46), lengthOf(90), lengthOf(91)]).toEqual(['short', 'medium', 'medium', 'long']);
		expect(mod).toEqual({ audiences: ['lived-experience', 'trainer'], roles: ['community-builder'], formats: ['self-study', 'group'], length: 'short' });
	});
	it('matches everything when nothing is picked', () => {
		expect(matches(mod, none)).toBe(true);
	});
	it('matches any value within a kind and every kind picked', () => {
		expect(matches(mod, { ...none, roles: ['citizen-leader', 'community-builder'] })).toBe(true);
		expect(matches(mod, { ...none, roles: ['citizen-leader'] })).toBe(false);
		expect(matches(mod, { ...none, audiences: ['trainer'], formats: ['group'] })).toBe(true);
		expect(matches(mod, { ...none, audiences: ['trainer'], lengths: ['long'] })).toBe(false);
	});
	it('lists only the formats a module has', () => {
		expect(facetsOf({ audiences: ['professional'], roles: [], format: { group: 120 } })).toEqual({ audiences: ['professional'], roles: [], formats: ['group'], length: 'long' });
	});
});
