/** The integrity check: a valid fixture set passes; each kind of break is reported with file, field and value. */
import { describe, expect, it } from 'vitest';
import { checkIntegrity, findDuplicateIds, formatProblem, formatProblems } from '../../src/lib/integrity';
import { rawFixtures, snapshot } from '../support/fixtures';

const messages = (content = rawFixtures()) => checkIntegrity(snapshot(content)).map(formatProblem);

describe('checkIntegrity', () => {
	it('finds nothing wrong with valid content', () => {
		expect(messages()).toEqual([]);
	});

	it('names file, field and value for a role that points at a missing skill', () => {
		const content = rawFixtures();
		content.roles[0].skills[0].skill = 'no-such-skill';
		expect(messages(content)).toContain('content/roles/builder.mdx: skills[0].skill = "no-such-skill": no entry with this id in "skills"');
	});

	it('names a basis that cites a missing source, or the paper as a source instead of by its section', () => {
		const content = rawFixtures();
		content.roles[0].whatHelps[1].basis = { source: 'no-such-source' };
		content.challenges[0].signs[0].basis = { source: 'miller-2023' };
		content.guides.push({ id: 'guide', title: 'A guide', summary: 'A short guide to one thing, in plain words for everyone.', audiences: ['lived-experience'], keyPoints: [{ text: 'One point.', basis: 'practice' }, { text: 'Two points.', basis: 'practice' }], order: 1, bodyBasis: [{ source: 'missing-too' }], sources: [{ source: 'paper' }], lastReviewed: '2026-11-26' });
		expect(messages(content)).toEqual([
			'content/roles/builder.mdx: whatHelps[1].basis.source = "no-such-source": no entry with this id in "sources"',
			'content/challenges/burnout.mdx: signs[0].basis.source = "miller-2023": cite the paper by its section instead: basis: { paper: <section> }',
			'content/guides/guide.mdx: bodyBasis[0].source = "missing-too": no entry with this id in "sources"',
		]);
	});

	it('lists every problem at once, not just the first', () => {
		const content = rawFixtures();
		content.roles[0].challenges = ['missing-one', 'burnout'];
		content.modules[0].skills = ['missing-two'];
		content.paths[0].steps.push({ module: 'missing-three' });
		content.skills[0].sources = [{ source: 'missing-source' }];
		const found = messages(content);
		expect(found).toEqual(
			expect.arrayContaining([
				'content/roles/builder.mdx: challenges[0] = "missing-one": no entry with this id in "challenges"',
				'content/modules/intro.mdx: skills[0] = "missing-two": no entry with this id in "skills"',
				'content/paths/start.mdx: steps[2].module = "missing-three": no entry with this id in "modules"',
				'content/skills/listening.mdx: sources[0].source = "missing-source": no entry with this id in "sources"',
			]),
		);
		expect(formatProblems(checkIntegrity(snapshot(content)))).toMatch(/^Content integrity check found 4 problems:/);
	});

	it('reports activity minutes that do not add up, showing the sum', () => {
		const content = rawFixtures();
		content.modules[0].format.group = 45;
		expect(messages(content)).toEqual([
			'content/modules/intro.mdx: format.group = 45: activities for this format add up to 30 minutes (welcome 10 + read 20), not 45',
		]);
	});

	it('reports a group-only activity in a module with no group time', () => {
		const content = rawFixtures();
		content.modules[1].activities.push({ id: 'talk', title: 'Talk', type: 'discussion', mode: 'group', minutes: 10, instructions: ['Talk.'] });
		expect(messages(content)).toEqual([
			'content/modules/next.mdx: activities[1].mode = "group": the module has no format.group time, so no activity can be group only',
		]);
	});

	it('reports duplicate activity ids within a module', () => {
		const content = rawFixtures();
		content.modules[0].activities[1].id = 'welcome';
		expect(messages(content)).toContain('content/modules/intro.mdx: activities[].id = "welcome": listed twice');
	});

	it('reports duplicate statement and question ids within an entry', () => {
		const content = rawFixtures();
		content.roles[0].recognise[1].id = 'run-group';
		content.roles[0].reflection[1].id = 'bring-together';
		content.skills[0].iCan[1].id = 'listen-well';
		content.modules[0].reflection[1].id = 'notice';
		expect(messages(content)).toEqual([
			'content/roles/builder.mdx: recognise[].id = "run-group": listed twice',
			'content/roles/builder.mdx: reflection[].id = "bring-together": listed twice',
			'content/skills/listening.mdx: iCan[].id = "listen-well": listed twice',
			'content/modules/intro.mdx: reflection[].id = "notice": listed twice',
		]);
	});

	it('reports an everyday sentence with the id of a recognise item, or of another everyday sentence (both save as <role>~<id>)', () => {
		const content = rawFixtures();
		content.roles[0].everyday[0].id = 'run-group';
		content.roles[0].everyday[2].id = 'help-new-people';
		expect(messages(content)).toEqual([
			'content/roles/builder.mdx: everyday[].id = "help-new-people": listed twice',
			'content/roles/builder.mdx: everyday[].id = "run-group": is also a recognise item’s id: saved answers could not tell them apart',
		]);
	});

	it('reports a skill with the id of a role (their reflection answers would share keys)', () => {
		const content = rawFixtures();
		content.skills[1].id = 'builder';
		expect(messages(content)).toContain('content/skills/builder.mdx: id = "builder": a role has the same id: saved reflection answers could not tell them apart');
	});

	it('reports a path module that cannot be taken in the path format', () => {
		const content = rawFixtures();
		content.paths[0].format = 'group';
		expect(messages(content)).toContain('content/paths/start.mdx: steps[1].module = "next": this is a group path but the module has no format.group time');
	});

	it('reports a single activity that its module does not have, and one taken twice', () => {
		const content = rawFixtures();
		content.paths[0].format = 'group';
		content.paths[0].steps = [{ module: 'intro', activity: 'welcome' }, { module: 'intro', activity: 'gone' }, { module: 'intro', activity: 'welcome' }];
		expect(messages(content)).toEqual([
			'content/paths/start.mdx: steps[1].activity = "gone": module "intro" has no activity with this id',
			'content/paths/start.mdx: steps[].activity = "intro.welcome": listed twice',
		]);
	});

	it('reports a skill that no role draws on', () => {
		const content = rawFixtures();
		content.roles[0].skills = [{ skill: 'listening' }];
		expect(messages(content)).toEqual(['content/skills/speaking.mdx: id = "speaking": no role draws on this skill: add it to a role\'s skills']);
	});

	it('reports a role-specific challenge that no role lists', () => {
		const content = rawFixtures();
		content.challenges[1].scope = 'role';
		expect(messages(content)).toEqual(['content/challenges/tokenism.mdx: scope = "role": this role-specific challenge is not listed in any role\'s challenges']);
	});

	it('reports prerequisites that go round in a circle', () => {
		const content = rawFixtures();
		content.modules[0].prerequisites = ['next'];
		expect(messages(content)).toEqual([expect.stringMatching(/prerequisites go round in a circle: (intro → next → intro|next → intro → next)/)]);
	});

	it('reports a module that is its own prerequisite', () => {
		const content = rawFixtures();
		content.modules[0].prerequisites = ['intro'];
		expect(messages(content)).toEqual(['content/modules/intro.mdx: prerequisites[0] = "intro": a module cannot be its own prerequisite']);
	});

	it('reports two glossary entries claiming the same words', () => {
		const content = rawFixtures();
		content.glossary.push({ id: 'coproduction', term: 'Coproduction', matches: ['co-production'], definition: 'The same idea, spelt another way.' });
		expect(messages(content)).toEqual([expect.stringContaining('coproduction.term = "co-production": the same words are already defined by glossary entry "co-production"')]);
	});
});

describe('findDuplicateIds', () => {
	it('names both files that share an id', () => {
		const found = findDuplicateIds([
			{ collection: 'roles', id: 'builder', filePath: 'content/roles/builder.md' },
			{ collection: 'roles', id: 'builder', filePath: 'content/roles/builder.mdx' },
			{ collection: 'skills', id: 'builder', filePath: 'content/skills/builder.mdx' },
		]).map(formatProblem);
		expect(found).toEqual(['content/roles/builder.mdx: id = "builder": duplicate id in "roles": also used by content/roles/builder.md']);
	});
});

describe('checkBodies', () => {
	const withBody = (body: string) => {
		const content = snapshot();
		content.roles[0].body = body;
		return checkIntegrity(content).map(formatProblem);
	};

	it('accepts links to pages the site builds, with or without a trailing slash or anchor', () => {
		expect(withBody('See [the roles](/roles/), [a skill](/skills/listening) and [this](/modules/intro/#activity-read).')).toEqual([]);
	});

	it('names the file and the link that leads nowhere', () => {
		expect(withBody('See [a role](/roles/no-such-role/).')).toEqual(['content/roles/builder.mdx: body = "/roles/no-such-role/": this link leads to no page on the site']);
	});

	it('requires alt text on images', () => {
		expect(withBody('![](/picture.png) <img src="/x.png">')).toEqual([
			'content/roles/builder.mdx: body = "/picture.png": this image has no alt text: describe it between the [ ]',
			'content/roles/builder.mdx: body = "<img src=\\"/x.png\\">": this image has no alt text',
		]);
	});
});
