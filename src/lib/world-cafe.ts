/**
 * A World Café laid out for a number of people: how many tables, how many sit at each, one host
 * per table, who moves, which role questions each table holds, and how the harvest's minutes
 * split between the hosts' reports and the whole-room talk. The module "Running a World Café on
 * the four roles" shows it for several group sizes in its facilitator version, worked out here at
 * build time so the table and the rules in its notes cannot drift apart.
 *
 * Rules (common World Café practice, as the module describes it): tables of four or five, never
 * more than five; one host per table who stays; everyone else moves each round. With at least as
 * many tables as roles, each table holds one role's question and roles repeat round the room; with
 * fewer tables than roles, the roles are shared out so every role is on some table.
 */

/** The most people at one table, host included; the least is four where the numbers allow. */
export const cafeTableMax = 5;
export const cafeTableMin = 4;
/** The fewest people a café works with: two tables of four. */
export const cafeMinPeople = 2 * cafeTableMin;
/** The group sizes the module's facilitator version shows. */
export const cafeExampleSizes = [10, 15, 20, 30] as const;

export interface CafeTiming {
	/** Minutes of the harvest, as the module's harvest activity states them. */
	harvestMinutes: number;
	/** Minutes each host has to report their table's key ideas. */
	hostReportMinutes: number;
}

export interface CafePlan {
	people: number;
	/** People at each table at the start, host included, largest first. */
	tableSizes: number[];
	/** One per table: they stay put. */
	hosts: number;
	/** Everyone who moves to a new table each round. */
	movers: number;
	/** For each table, the role ids of the questions on it, in role order. */
	tableRoles: string[][];
	/** True when a table is below four, which only happens when the numbers leave no other way. */
	smallTable: boolean;
	/** The harvest: the hosts' reports, one after another, then the whole-room talk. */
	hostReportsMinutes: number;
	harvestTalkMinutes: number;
}

/**
 * Lays out a café for `people`, with one question per role in `roles` (in order). Throws on fewer
 * people than two tables of four, and on a harvest too short for every host to report with time
 * left to talk: either would be a plan that cannot be run.
 */
export function cafePlan(people: number, roles: readonly string[], timing: CafeTiming): CafePlan {
	if (!Number.isInteger(people) || people < cafeMinPeople) throw new Error(`world café: needs a whole number of people, at least ${cafeMinPeople}; got ${people}`);
	if (roles.length === 0) throw new Error('world café: needs at least one role question');
	const tables = Math.ceil(people / cafeTableMax);
	const base = Math.floor(people / tables);
	const extra = people % tables;
	const tableSizes = Array.from({ length: tables }, (_, i) => base + (i < extra ? 1 : 0));
	const tableRoles =
		tables >= roles.length
			? tableSizes.map((_, i) => [roles[i % roles.length]])
			: tableSizes.map((_, i) => roles.filter((_, r) => r % tables === i));
	const hostReportsMinutes = tables * timing.hostReportMinutes;
	const harvestTalkMinutes = timing.harvestMinutes - hostReportsMinutes;
	if (harvestTalkMinutes < 5) throw new Error(`world café: ${tables} hosts reporting for ${timing.hostReportMinutes} minutes each leave ${harvestTalkMinutes} minutes of a ${timing.harvestMinutes}-minute harvest to talk; make the harvest longer`);
	return {
		people,
		tableSizes,
		hosts: tables,
		movers: people - tables,
		tableRoles,
		smallTable: tableSizes.some((size) => size < cafeTableMin),
		hostReportsMinutes,
		harvestTalkMinutes,
	};
}
