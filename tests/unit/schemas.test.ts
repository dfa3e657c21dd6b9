/** The schemas reject bad content with messages an author can act on. */
import { describe, expect, it } from 'vitest';
import { collectionTable } from '../../src/schemas/index';
import { formatField } from '../../src/lib/content-files';
import { rawFixtures } from '../support/fixtures';

function issues(collection: keyof typeof collectionTable, data: unknown) {
	const result = collectionTable[collection].schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${formatField(i.path)}: ${i.message}`);
}
const without = ({ id: _id, ...rest }: Record<string, unknown>) => rest;

describe('schemas', () => {
	it('accept the fixtures', () => {
		const raw = rawFixtures();
		expect(issues('roles', without(raw.roles[0]))).toEqual([]);
		expect(issues('modules', without(raw.modules[0]))).toEqual([]);
		expect(issues('sources', raw.sources[0])).toEqual([]);
	});

	it('require "I can" statements to start with "I can"', () => {
		const skill = without(rawFixtures().skills[0]);
		skill.iCan = [{ id: 'listen', text: 'Listen well.', basis: 'practice' }, { id: 'Check', text: 'I can check.', basis: 'practice' }];
		expect(issues('skills', skill)).toEqual(['iCan[0].text: must start with "I can "', 'iCan[1].id: must be lower-case words joined by hyphens, e.g. bring-people-together']);
	});

	it('require every claim to say where it comes from, naming the field and the bad value', () => {
		const role = without(rawFixtures().roles[0]) as Record<string, any>;
		role.involves = [{ text: 'Bringing people together.' }, { text: 'Keeping a group going.', basis: { paper: 'methods' } }];
		role.whatHelps[0].basis = { source: 'Not An Id' };
		role.recognise[0].basis = 'our view';
		role.bodyBasis = [];
		expect(issues('roles', role)).toEqual([
			expect.stringMatching(/^involves\[0\]\.basis: is missing: say where this comes from, as practice, \{ paper: <section> \} or \{ source: <id in sources.yaml> \}/),
			expect.stringMatching(/^involves\[1\]\.basis: \{"paper":"methods"\} is not a basis: .*sections: abstract, introduction, community-builder/),
			'whatHelps[0].basis.source: "Not An Id" must be the id of an entry in "sources": lower-case words joined by hyphens',
			expect.stringMatching(/^recognise\[0\]\.basis: "our view" is not a basis/),
			expect.stringMatching(/^bodyBasis: Too small/),
		]);
		const guide = { title: 'A guide', summary: 'A short guide to one thing, in plain words for everyone.', audiences: ['lived-experience'], keyPoints: [{ text: 'One point.', basis: 'practice' }, { text: 'Two points.', basis: { source: 'scie-guide-51', locator: 'principles' } }], order: 1, bodyBasis: ['practice'], sources: [{ source: 'paper' }], lastReviewed: '2026-11-26' };
		expect(issues('guides', guide)).toEqual([]);
	});

	it('reject outcomes a trainer cannot observe', () => {
		const mod = without(rawFixtures().modules[0]);
		mod.outcomes = ['Understand the roles.', 'Name one skill.'];
		expect(issues('modules', mod)).toEqual([expect.stringMatching(/^outcomes\[0\]: must start with a verb a trainer can observe/)]);
	});

	it('explain the date format', () => {
		const role = without(rawFixtures().roles[0]);
		role.lastReviewed = '26/11/2026';
		expect(issues('roles', role)).toEqual(['lastReviewed: must be a date written as YYYY-MM-DD, e.g. 2026-11-26']);
		role.lastReviewed = new Date('2026-11-26');
		expect(issues('roles', role)).toEqual([]);
	});

	it('bound summaries and require sources', () => {
		const role = without(rawFixtures().roles[0]);
		role.summary = 'x'.repeat(300);
		role.sources = [];
		expect(issues('roles', role)).toEqual([expect.stringMatching(/^summary: Too big/), expect.stringMatching(/^sources: Too small/)]);
	});

	it('need at least one format time for a module, and at least one organisation action for a challenge', () => {
		const mod = without(rawFixtures().modules[0]);
		mod.format = {};
		expect(issues('modules', mod)).toEqual(['format: needs selfStudy minutes, group minutes, or both']);
		const challenge = without(rawFixtures().challenges[0]);
		challenge.whatHelps = [{ who: 'you', text: 'Rest more.', basis: 'practice' }, { who: 'peers', text: 'Check in.', basis: 'practice' }];
		expect(issues('challenges', challenge)).toEqual([expect.stringMatching(/^whatHelps: needs at least one item with who: organisation/)]);
	});

	it('keep breaks to group paths and check start times', () => {
		const path = without(rawFixtures().paths[0]);
		path.steps = [{ module: 'intro' }, { break: 10 }];
		expect(issues('paths', path)).toEqual(['steps: only group paths have breaks; remove the break steps or set format: group']);
		path.format = 'group';
		path.startTime = '9:30';
		expect(issues('paths', path)).toEqual(['startTime: must be a 24-hour time such as 09:30']);
	});

	it('check ids and DOIs', () => {
		const source = { ...rawFixtures().sources[0], id: 'Bad Id', doi: 'https://doi.org/10.5334/ijic.7696' };
		expect(issues('sources', source)).toEqual([
			'id: must be lower-case words joined by hyphens',
			'doi: must be a DOI such as 10.5334/ijic.7696, without https://doi.org/',
		]);
	});
});
