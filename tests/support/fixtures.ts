/**
 * A small, valid set of content for unit tests, parsed through the real schemas so fixtures
 * cannot drift from them. Tests copy it and break one thing at a time.
 */
import { collectionTable, type CollectionData } from '../../src/schemas/index';
import type { Snapshot } from '../../src/lib/integrity';
import type { CollectionName } from '../../src/schemas/shared';

const sources = [{ source: 'paper', locator: 'section: Roles' }];
const lastReviewed = '2026-11-26';
const bodyBasis = [{ paper: 'introduction' }];

const raw = {
	sources: [{ id: 'paper', kind: 'journal-article', authors: ['Author A'], title: 'A paper', year: 2023, publishedIn: 'A journal' }],
	glossary: [{ id: 'co-production', term: 'co-production', definition: 'Working together as equals from the very start.' }],
	skills: [
		{ id: 'listening', title: 'Listening', summary: 'You hear what people say and what they mean. You check you got it right.', iCan: [{ id: 'listen-well', text: 'I can listen well.', basis: 'practice' }, { id: 'check-heard', text: 'I can check what I heard.', basis: 'practice' }], waysToBuild: [{ text: 'Practise with a friend.', basis: 'practice' }], order: 1, bodyBasis, sources, lastReviewed },
		{ id: 'speaking', title: 'Speaking up', summary: 'You say what you think in a meeting. You do it calmly and clearly.', iCan: [{ id: 'speak-up', text: 'I can speak up.', basis: 'practice' }, { id: 'say-no', text: 'I can say no.', basis: 'practice' }], waysToBuild: [{ text: 'Practise with a friend.', basis: 'practice' }], order: 2, bodyBasis, sources, lastReviewed },
	],
	challenges: [
		{ id: 'burnout', title: 'Burning out', summary: 'You take on too much for too long. You get very tired.', kind: 'risk', scope: 'role', signs: [{ text: 'You feel tired all the time.', basis: 'practice' }], whatHelps: [{ who: 'you', text: 'Take breaks.', basis: 'practice' }, { who: 'organisation', text: 'Share the work.', basis: 'practice' }], order: 1, bodyBasis, sources, lastReviewed },
		{ id: 'tokenism', title: 'Tokenism', summary: 'You are asked along but nothing you say changes anything at all.', kind: 'obstacle', scope: 'cross-cutting', signs: [{ text: 'Decisions are already made.', basis: { paper: 'turning-roles-into-reality' } }], whatHelps: [{ who: 'peers', text: 'Compare notes.', basis: 'practice' }, { who: 'organisation', text: 'Involve people early.', basis: 'practice' }], order: 2, bodyBasis, sources, lastReviewed },
	],
	roles: [
		{
			id: 'builder',
			title: 'Builder',
			order: 1,
			picture: 'holding-hands',
			summary: 'You bring people together. You help them support each other and speak together.',
			involves: [{ text: 'Bringing people together.', basis: { paper: 'community-builder' } }, { text: 'Keeping a group going.', basis: 'practice' }],
			startingPoints: [{ text: 'Meeting others with the same condition.', basis: { paper: 'community-builder' } }],
			skills: [{ skill: 'listening' }, { skill: 'speaking', emphasis: 'also' }],
			challenges: ['burnout'],
			whatHelps: [{ who: 'peers', text: 'Share the load.', basis: 'practice' }, { who: 'organisation', text: 'Fund the group.', basis: 'practice' }],
			everyday: [
				{ id: 'get-people-together', text: 'I get people together.', basis: { paper: 'community-builder' } },
				{ id: 'help-new-people', text: 'I help new people.', basis: { paper: 'community-builder' } },
				{ id: 'speak-as-group', text: 'I help a group speak as one.', basis: { paper: 'community-builder' } },
			],
			recognise: [{ id: 'run-group', text: 'run a group', basis: { paper: 'community-builder' } }, { id: 'welcome-new-people', text: 'welcome new people', basis: { paper: 'community-builder' } }],
			reflection: [{ id: 'bring-together', text: 'Who do you bring together?' }, { id: 'who-helps', text: 'Who helps you?' }],
			bodyBasis,
			sources,
			lastReviewed,
		},
	],
	guides: [],
	modules: [
		{
			id: 'intro',
			title: 'Introduction',
			summary: 'Meet the roles and think about which ones you already take on.',
			audiences: ['lived-experience'],
			roles: ['builder'],
			skills: ['listening'],
			outcomes: ['Describe the builder role.', 'Name one skill you use.'],
			format: { selfStudy: 20, group: 30 },
			keyQuestions: ['What is a builder?'],
			activities: [
				{ id: 'welcome', title: 'Welcome', type: 'welcome', mode: 'group', minutes: 10, instructions: ['Say hello.'] },
				{ id: 'read', title: 'Read', type: 'reading', minutes: 20, instructions: ['Read the page.'] },
			],
			reflection: [{ id: 'notice', text: 'What did you notice?' }, { id: 'do-next', text: 'What will you do next?' }],
			keyPoints: ['Roles overlap.', 'Roles are not labels.'],
			order: 1,
			sources,
			lastReviewed,
		},
		{
			id: 'next',
			title: 'Next steps',
			summary: 'Plan what you will do next with the roles you already take on.',
			audiences: ['lived-experience'],
			outcomes: ['Plan one next step.', 'Name one person who can help.'],
			format: { selfStudy: 15 },
			prerequisites: ['intro'],
			keyQuestions: ['What next?'],
			activities: [{ id: 'plan', title: 'Plan', type: 'planning', minutes: 15, instructions: ['Write a plan.'] }],
			reflection: [{ id: 'do-first', text: 'What will you do first?' }, { id: 'who-ask', text: 'Who will you ask?' }],
			keyPoints: ['Start small.', 'Ask for help.'],
			order: 2,
			sources,
			lastReviewed,
		},
	],
	paths: [
		{ id: 'start', title: 'Start here', summary: 'Two short modules to begin with, at your own pace.', audiences: ['lived-experience'], format: 'self-study', outcomes: ['Describe the roles.', 'Plan a next step.'], steps: [{ module: 'intro' }, { module: 'next' }], order: 1, sources, lastReviewed },
	],
	pages: [],
	briefs: [],
	templates: [],
	easyRead: [],
	hardWords: [],
} satisfies Record<CollectionName, Record<string, unknown>[]>;

type RawContent = typeof raw;

/** A fresh deep copy of the raw fixtures, to break. */
export function rawFixtures(): { -readonly [K in keyof RawContent]: Record<string, any>[] } {
	return structuredClone(raw) as never;
}

/** Parses raw fixtures through the real schemas into the snapshot the integrity check reads. */
export function snapshot(content: ReturnType<typeof rawFixtures> = rawFixtures()): Snapshot {
	const out = {} as Record<CollectionName, unknown[]>;
	for (const name of Object.keys(content) as CollectionName[]) {
		out[name] = content[name].map(({ id, ...data }) => {
			const schema = collectionTable[name].schema;
			const parsed = schema.parse(name === 'glossary' || name === 'sources' ? { id, ...data } : data) as CollectionData[typeof name];
			return { id, filePath: `content/${name}/${id}.mdx`, data: parsed };
		});
	}
	return out as unknown as Snapshot;
}
