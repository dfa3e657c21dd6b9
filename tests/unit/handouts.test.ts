/** What the handout list derives: which printable pages exist, their addresses and their PDF names. */
import { describe, expect, it } from 'vitest';
import { allHandouts, handoutTitle, handoutsFrom, makeHandout, pdfManifest, pdfName, printParam, twinOf } from '../../src/lib/handouts';
import { snapshot } from '../support/fixtures';

const content = snapshot();
const list = allHandouts({ roles: content.roles, paths: content.paths, modules: content.modules, sessions: [] });

describe('the handout list', () => {
	it('has every kind for every entry, with large print for all but the facilitator version', () => {
		const count = (kind: string, large: boolean) => list.filter((h) => h.kind === kind && h.largePrint === large).length;
		expect([count('role-card', false), count('role-card', true)]).toEqual([1, 1]);
		expect([count('skills-check', false), count('skills-check', true)]).toEqual([1, 1]);
		expect([count('path', false), count('path', true)]).toEqual([1, 1]);
		expect([count('module', false), count('module', true)]).toEqual([2, 2]);
		expect([count('facilitator', false), count('facilitator', true)]).toEqual([2, 0]);
		expect([count('reflection', false), count('reflection', true)]).toEqual([2, 2]);
		expect([count('cards', false), count('cards', true)]).toEqual([2, 2]);
		expect(list).toHaveLength(20);
	});

	it('gives each handout its own address and file name', () => {
		expect(new Set(list.map((h) => h.route)).size).toBe(list.length);
		expect(new Set(list.map((h) => h.file)).size).toBe(list.length);
		expect(list.map((h) => `${h.route} ${h.file}`).slice(0, 4)).toMatchInlineSnapshot(`
			[
			  "print/roles/builder/ role-card-builder",
			  "print/large/roles/builder/ role-card-builder-large-print",
			  "print/worksheets/skills/builder/ skills-check-builder",
			  "print/large/worksheets/skills/builder/ skills-check-builder-large-print",
			]
		`);
		const facilitator = list.find((h) => h.kind === 'facilitator' && h.id === 'intro')!;
		expect(facilitator.route).toBe('print/modules/intro/facilitator/');
		expect(printParam(facilitator)).toBe('modules/intro/facilitator');
		expect(pdfName(facilitator, 'a4')).toBe('facilitator-intro-a4.pdf');
		expect(pdfName(facilitator, 'letter')).toBe('facilitator-intro-letter.pdf');
	});

	it('links each handout to the page it is printed from, and to its large-print twin', () => {
		expect(handoutsFrom(list, 'modules/intro/').map((h) => h.file)).toEqual([
			'module-intro',
			'facilitator-intro',
			'reflection-intro',
			'cards-intro',
			'module-intro-large-print',
			'reflection-intro-large-print',
			'cards-intro-large-print',
		]);
		expect(handoutsFrom(list, 'roles/builder/').map((h) => h.kind)).toEqual(['role-card', 'skills-check', 'role-card', 'skills-check']);
		const card = list[0];
		expect(twinOf(list, card)?.route).toBe('print/large/roles/builder/');
		expect(twinOf(list, twinOf(list, card)!)).toBe(card);
		expect(twinOf(list, list.find((h) => h.kind === 'facilitator')!)).toBeUndefined();
	});

	it('prints each ready-made session as a session pack, from the session page, with no large print', () => {
		const withSessions = allHandouts({ roles: content.roles, paths: content.paths, modules: content.modules, sessions: content.paths });
		const packs = withSessions.filter((h) => h.kind === 'session-pack');
		expect(packs.map((h) => [h.route, h.from, h.file, h.largePrint])).toEqual([['print/sessions/start/', 'sessions/start/', 'session-pack-start', false]]);
		expect(withSessions.slice(-1)).toEqual(packs);
		expect(handoutTitle(packs[0])).toBe('Session pack: Start here');
		expect(() => makeHandout('session-pack', content.paths[0], true)).toThrow('no large-print variant');
	});

	it('sends a brief with a page of its own (the ladders) back to that page, by its own title, in large print too', () => {
		const ladders = { id: 'participation-ladders', data: { title: 'The two ladders', lastReviewed: new Date('2026-12-04') } };
		for (const large of [false, true]) expect([makeHandout('brief', ladders, large).from, makeHandout('brief', ladders, large).fromTitle]).toEqual(['participation-ladders/', 'The two ladders']);
	});

	it('names the page each handout goes back to: its own entry, or the landing page for the brief', () => {
		const brief = { id: 'monday', data: { title: 'The Monday brief', lastReviewed: new Date('2026-12-01') } };
		const printed = makeHandout('brief', brief);
		expect([printed.from, printed.fromTitle]).toEqual(['organisations/', 'For professionals, managers, commissioners and funders']);
		const card = list.find((h) => h.kind === 'role-card')!;
		expect(card.fromTitle).toBe(card.entryTitle);
	});

	it('refuses a large-print facilitator version', () => {
		expect(() => makeHandout('facilitator', content.modules[0], true)).toThrow('no large-print variant');
	});

	it('titles handouts by kind and marks large print', () => {
		expect(handoutTitle(list[0])).toBe('Builder: role card');
		expect(handoutTitle(list[1])).toBe('Builder: role card (large print)');
		expect(handoutTitle(list.find((h) => h.kind === 'reflection')!)).toBe('Reflection sheet: Introduction');
	});

	it('writes a manifest with both paper sizes and the base path', () => {
		const manifest = pdfManifest(list, '/many-roles/');
		expect(manifest.version).toBe(1);
		expect(manifest.handouts[0]).toEqual({
			route: '/many-roles/print/roles/builder/',
			title: 'Builder: role card',
			kind: 'role-card',
			largePrint: false,
			pdfs: [
				{ size: 'a4', file: 'handouts/role-card-builder-a4.pdf' },
				{ size: 'letter', file: 'handouts/role-card-builder-letter.pdf' },
			],
		});
	});
});
