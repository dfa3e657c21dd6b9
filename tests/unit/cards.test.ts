/** A module's card set (src/lib/cards.ts), from a module parsed through the real schema. */
import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/schemas/module';
import { cardCount, cardSet } from '../../src/lib/cards';
import { kitCards } from '../../src/lib/session/materials';
import { rawFixtures } from '../support/fixtures';

const base = rawFixtures().modules[0];
const rolePlay = {
	id: 'practise',
	title: 'Practise asking',
	type: 'role-play',
	mode: 'group',
	minutes: 20,
	instructions: ['Work in pairs.', 'Swap over.'],
	example: { title: 'A meeting', text: 'A made-up meeting where a partner asks for the papers a week before the meeting.' },
	parts: [
		{ name: 'The asker', brief: ['Ask for the papers a week ahead.'] },
		{ name: 'The organiser', brief: ['Say the papers are ready on the day.', 'Agree if the case is good.'] },
	],
};
const alone = { id: 'write', title: 'Write it down', type: 'writing', mode: 'self-study', minutes: 10, instructions: ['Group steps, never used.'], selfStudy: ['Write one question.'] };
const parse = (activities: unknown[]) => moduleSchema.parse({ ...base, activities: [...base.activities, ...activities] });

describe('cardSet', () => {
	it('makes one activity card per activity, with its time, who it is for and what to do', () => {
		const set = cardSet(parse([rolePlay, alone]));
		expect(set.activities.map((c) => [c.id, c.minutes, c.mode])).toEqual([...base.activities.map((a: { id: string; minutes: number; mode: string }) => [a.id, a.minutes, a.mode ?? 'both']), ['practise', 20, 'group'], ['write', 10, 'self-study']]);
		expect(set.activities.at(-2)!.steps).toEqual(['Work in pairs.', 'Swap over.']);
		// An activity only for one person shows the steps for one person.
		expect(set.activities.at(-1)!.steps).toEqual(['Write one question.']);
	});

	it('makes the scene card, then one card per part, for each role-play with parts', () => {
		const set = cardSet(parse([rolePlay]));
		expect(set.rolePlays).toEqual([
			{ id: 'practise-scenario', activity: 'Practise asking', lines: [rolePlay.example.text] },
			{ id: 'practise-1', activity: 'Practise asking', part: 'The asker', lines: ['Ask for the papers a week ahead.'] },
			{ id: 'practise-2', activity: 'Practise asking', part: 'The organiser', lines: ['Say the papers are ready on the day.', 'Agree if the case is good.'] },
		]);
	});

	it('makes no role-play cards for a role-play without parts, and a question card per reflection prompt', () => {
		const set = cardSet(parse([{ ...rolePlay, parts: undefined }]));
		expect(set.rolePlays).toEqual([]);
		expect(set.questions.map((q) => q.id)).toEqual(base.reflection.map((r: { id: string }) => r.id));
		expect(cardCount(set)).toBe(set.activities.length + set.questions.length);
	});
});

describe('the activity schema', () => {
	it('refuses parts on an activity that is not a role-play, naming the field', () => {
		const result = moduleSchema.safeParse({ ...base, activities: [{ ...rolePlay, type: 'discussion' }] });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['activities.0.parts', 'only a role-play activity has parts (role-play cards)']]);
	});
});

describe('kitCards', () => {
	it('lists each module of a session once, with the role-plays it runs that hand out cards', () => {
		const mod = parse([rolePlay, { ...rolePlay, id: 'other', title: 'Another role-play', parts: [] }]);
		const entry = { id: 'intro', data: mod };
		const row = (id: string) => ({ kind: 'activity', module: entry, activity: mod.activities.find((a) => a.id === id)! }) as never;
		const other = { id: 'next', data: { title: 'Next', activities: [] } };
		expect(kitCards({ rows: [row('welcome'), row('practise'), row('other'), row('practise'), { kind: 'activity', module: other, activity: mod.activities[0] } as never] })).toEqual([
			{ module: { id: 'intro', title: 'Introduction' }, rolePlays: ['Practise asking'] },
			{ module: { id: 'next', title: 'Next' }, rolePlays: [] },
		]);
		// A session that leaves the role-play out asks for no role-play cards.
		expect(kitCards({ rows: [row('welcome')] })).toEqual([{ module: { id: 'intro', title: 'Introduction' }, rolePlays: [] }]);
	});
});
