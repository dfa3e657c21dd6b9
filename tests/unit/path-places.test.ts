/** A module's place in each path that takes it: position, neighbours, and what comes after. */
import { describe, expect, it } from 'vitest';
import { indexById } from '../../src/lib/derive';
import { pathModuleIds, pathPlaces } from '../../src/lib/path-places';
import { rawFixtures, snapshot } from '../support/fixtures';

const brief = (places: ReturnType<typeof pathPlaces>) =>
	Object.fromEntries(
		[...places].map(([id, list]) => [
			id,
			list.map((p) => ({ path: p.path.id, at: `${p.position}/${p.count}`, previous: p.previous?.id, next: p.next?.id, activities: p.activities, after: p.after.map((a) => a.id) })),
		]),
	);

describe('pathPlaces', () => {
	it('gives each module its position, the modules either side and, at the end, the paths that build on it', () => {
		const raw = rawFixtures();
		raw.modules.push({ ...raw.modules[1], id: 'third', title: 'Third', prerequisites: [], order: 3 });
		raw.paths.push({ ...raw.paths[0], id: 'deeper', title: 'Going deeper', steps: [{ module: 'next' }, { module: 'third' }], prerequisites: ['start'], order: 2 });
		const data = snapshot(raw);
		expect(brief(pathPlaces(data.paths, indexById(data.modules)))).toEqual({
			intro: [{ path: 'start', at: '1/2', previous: undefined, next: 'next', activities: undefined, after: [] }],
			next: [
				{ path: 'start', at: '2/2', previous: 'intro', next: undefined, activities: undefined, after: ['deeper'] },
				{ path: 'deeper', at: '1/2', previous: undefined, next: 'third', activities: undefined, after: [] },
			],
			third: [{ path: 'deeper', at: '2/2', previous: 'next', next: undefined, activities: undefined, after: [] }],
		});
	});

	it('counts a module once in a session that takes several of its activities, and says how many', () => {
		const raw = rawFixtures();
		raw.modules[1].format.group = 15;
		raw.modules[0].activities.push({ id: 'talk', title: 'Talk', type: 'discussion', mode: 'group', minutes: 10, instructions: ['Talk.'] });
		raw.modules[0].format.group = 40;
		raw.paths[0] = {
			...raw.paths[0],
			format: 'group',
			steps: [{ module: 'intro', activity: 'welcome' }, { break: 15 }, { module: 'next' }, { module: 'intro', activity: 'talk' }, { module: 'intro', activity: 'welcome' }],
		};
		const data = snapshot(raw);
		expect(pathModuleIds(data.paths[0].data)).toEqual(['intro', 'next']);
		expect(brief(pathPlaces(data.paths, indexById(data.modules)))).toEqual({
			intro: [{ path: 'start', at: '1/2', previous: undefined, next: 'next', activities: 2, after: [] }],
			next: [{ path: 'start', at: '2/2', previous: 'intro', next: undefined, activities: undefined, after: [] }],
		});
	});

	it('orders a module’s paths by their order field, not by where they are listed', () => {
		const raw = rawFixtures();
		raw.paths.unshift({ ...raw.paths[0], id: 'later', title: 'Later', order: 5 });
		const data = snapshot(raw);
		expect(pathPlaces(data.paths, indexById(data.modules)).get('intro')!.map((p) => p.path.id)).toEqual(['start', 'later']);
	});
});
