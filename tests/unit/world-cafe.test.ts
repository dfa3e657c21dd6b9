/** The World Café table plan (src/lib/world-cafe.ts): tables of four or five, one host each, every role on a table, a harvest that adds up. */
import { describe, expect, it } from 'vitest';
import { cafeExampleSizes, cafePlan } from '../../src/lib/world-cafe';

const roles = ['builder', 'expert', 'disruptor', 'leader'];
const timing = { harvestMinutes: 20, hostReportMinutes: 1 };
const plan = (people: number) => cafePlan(people, roles, timing);

describe('cafePlan', () => {
	it('lays out the example group sizes', () => {
		expect(cafeExampleSizes.map((n) => [n, plan(n).tableSizes, plan(n).hosts, plan(n).movers])).toEqual([
			[10, [5, 5], 2, 8],
			[15, [5, 5, 5], 3, 12],
			[20, [5, 5, 5, 5], 4, 16],
			[30, [5, 5, 5, 5, 5, 5], 6, 24],
		]);
	});

	it('seats everyone, four or five to a table, with one host per table', () => {
		for (let people = 8; people <= 75; people++) {
			const p = plan(people);
			expect(p.tableSizes.reduce((a, b) => a + b, 0), `${people}`).toBe(people);
			expect(Math.max(...p.tableSizes), `${people}`).toBeLessThanOrEqual(5);
			expect(p.hosts + p.movers).toBe(people);
			if (people >= 12 || [8, 9, 10].includes(people)) expect(p.smallTable, `${people}`).toBe(false);
		}
		// 11 people cannot make tables of four or five: one table of three, and the plan says so.
		expect([plan(11).tableSizes, plan(11).smallTable]).toEqual([[4, 4, 3], true]);
	});

	it('puts every role on a table: one role per table when there are enough, shared out when not', () => {
		expect(plan(10).tableRoles).toEqual([['builder', 'disruptor'], ['expert', 'leader']]);
		expect(plan(15).tableRoles).toEqual([['builder', 'leader'], ['expert'], ['disruptor']]);
		expect(plan(30).tableRoles).toEqual([['builder'], ['expert'], ['disruptor'], ['leader'], ['builder'], ['expert']]);
		for (let people = 8; people <= 60; people++) expect(new Set(plan(people).tableRoles.flat()).size, `${people}`).toBe(4);
	});

	it('splits the harvest into hosts’ reports and talk that add up to its minutes', () => {
		expect([plan(30).hostReportsMinutes, plan(30).harvestTalkMinutes]).toEqual([6, 14]);
		for (const n of cafeExampleSizes) expect(plan(n).hostReportsMinutes + plan(n).harvestTalkMinutes).toBe(20);
	});

	it('refuses a plan that cannot be run, saying why', () => {
		expect(() => plan(7)).toThrow('at least 8; got 7');
		expect(() => cafePlan(100, roles, timing)).toThrow('leave 0 minutes of a 20-minute harvest');
	});
});
