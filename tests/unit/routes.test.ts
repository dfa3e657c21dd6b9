/**
 * The route table (src/lib/routes.ts): one route per file under src/pages, the addresses the real
 * content builds, and content links checked against it. (That it names exactly the pages in dist/
 * is checked once they are built: tests/dist/routes.test.ts.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { checkIntegrity, formatProblem, routeContent, type Snapshot } from '../../src/lib/integrity';
import { allPaths, handoutParam, inSitemap, matchesRoute, routes } from '../../src/lib/routes';
import { migrationPath } from '../../src/lib/storage/saved-data';
import { collectionNames } from '../../src/schemas/shared';
import { root } from '../support/dist';
import { snapshot } from '../support/fixtures';

const { content } = loadContentFromDisk(join(root, 'content'), root);
const real = Object.fromEntries(collectionNames.map((name) => [name, content[name].filter((e) => e.data)])) as unknown as Snapshot;
const realPaths = allPaths(routeContent(real));

/** src/pages/roles/[role].astro → "roles/[role]/"; index → its folder; an endpoint keeps its name; Astro writes 404.astro as 404.html. */
function patternOf(file: string): string {
	const name = file.replace(/\\/g, '/').replace(/\.(astro|ts)$/, '');
	if (name === '404') return '404.html';
	if (/\.\w+$/.test(name)) return name;
	return `${name}/`.replace(/(^|\/)index\/$/, '$1');
}

describe('route table', () => {
	it('has one route for each file under src/pages, and no other', () => {
		const files = readdirSync(join(root, 'src/pages'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f));
		expect(files.map(patternOf).sort()).toEqual(Object.values(routes).map((r) => r.pattern).sort());
	});

	it('gives browser code that cannot load the table the same addresses', () => {
		expect(migrationPath).toBe(routes.savedDataMigration.path());
	});

	it('builds addresses from patterns and params from the same place', () => {
		expect(routes.role.path('citizen-leader')).toBe('roles/citizen-leader/');
		expect(routes.role.params('citizen-leader')).toEqual({ role: 'citizen-leader' });
		expect(routes.room.path('induction-day')).toBe('sessions/induction-day/room/');
		expect(routes.handout.path(handoutParam('facilitator', 'x'))).toBe('print/modules/x/facilitator/');
		expect(routes.handout.params(handoutParam('role-card', 'x', true))).toEqual({ handout: 'large/roles/x' });
		expect(() => handoutParam('session-pack', 'x', true)).toThrow(/no large-print variant/);
		expect(routes.home.path()).toBe('');
	});

	it('lists every address of the real content once', () => {
		expect(new Set(realPaths).size).toBe(realPaths.length);
		for (const path of ['', 'sessions/', 'sessions/induction-day/', 'sessions/induction-day/room/', 'sessions/planner/pack/', 'modules/map/', 'modules/role/citizen-leader/', 'modules/audience/trainer/', 'print/sessions/induction-day/', 'print/large/roles/citizen-leader/', 'about/'])
			expect(realPaths).toContain(path);
	});

	it('keeps printable pages and the planner\'s plan views out of the sitemap', () => {
		expect(inSitemap('sessions/induction-day/room/')).toBe(true);
		expect(inSitemap('sessions/planner/')).toBe(true);
		expect(inSitemap('modules/map/')).toBe(true);
		expect(inSitemap('print/large/roles/citizen-leader/')).toBe(false);
		expect(inSitemap('sessions/planner/pack/')).toBe(false);
		expect(inSitemap('sessions/planner/room/')).toBe(false);
		expect(matchesRoute(routes.role, 'roles/a/b/')).toBe(false);
	});
});

describe('content links against the route table', () => {
	const linking = (body: string, content = real) => {
		const copy = { ...content, roles: content.roles.map((r, i) => (i === 0 ? { ...r, body } : r)) } as Snapshot;
		return checkIntegrity(copy).map(formatProblem).filter((p) => p.includes('link'));
	};

	it('accepts a link to any page that exists: sessions, the map, module lists, printable pages', () => {
		expect(linking('[a day](/sessions/induction-day/), [the map](/modules/map), [its room](/sessions/induction-day/room/), [for trainers](/modules/audience/trainer/), [a pack](/print/sessions/induction-day/), [planner](/sessions/planner/#start)')).toEqual([]);
	});

	it('still refuses a link to a page that does not exist, naming file and link', () => {
		expect(linking('See [no day](/sessions/nope/).', snapshot())).toEqual(['content/roles/builder.mdx: body = "/sessions/nope/": this link leads to no page on the site']);
		expect(linking('[x](/404.html) [y](/handouts/manifest.json)')).toHaveLength(2);
	});
});
