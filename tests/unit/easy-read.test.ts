/**
 * Easy Read (issue 17): the schema's rules for one point (sentence length, one idea, a picture
 * with alt text or a decorative mark), the hard-word rule across collections, the links between
 * regular pages and their Easy Read versions, and the pictures drawn small and without ids.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { easyReadProblems, hardWordsIn } from '../../src/lib/easy-read-rules';
import { easyReadOf, easyReadVersions, markExplained, picturesOf, regularPageOf } from '../../src/lib/easy-read';
import { optimiseSvg, pictureSvg } from '../../src/lib/pictures';
import { easyReadSchema, sentenceProblems } from '../../src/schemas/easy-read';
import { pictureNames } from '../../src/schemas/picture';

const page = (sections: unknown, extra: Record<string, unknown> = {}) => ({
	title: 'Money',
	summary: 'Being paid for your time.',
	picture: 'coin',
	order: 1,
	sections,
	sources: [{ source: 'miller-2023' }],
	lastReviewed: '2026-12-03',
	...extra,
});
const point = (text: string, extra: Record<string, unknown> = { alt: 'A coin.' }) => ({ text, picture: 'coin', ...extra });
const issues = (data: unknown) => {
	const result = easyReadSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const words = [
	{ word: 'expenses', forms: ['expenses', 'expense'] },
	{ word: 'co-production', forms: ['co-production', 'co-produce'] },
];

describe('one point', () => {
	it('keeps one or two short sentences', () => {
		expect(sentenceProblems('You can say no. That is fine.')).toEqual([]);
		expect(sentenceProblems('One. Two. Three.')[0]).toMatch(/3 sentences/);
		const long = 'You can ask the people who asked you to come for the money back that you spent on the bus.';
		expect(sentenceProblems(long)[0]).toMatch(/sentence of 20 words, more than 15/);
		expect(sentenceProblems('No full stop')[0]).toMatch(/full stop/);
	});

	it('is refused, naming the point, when a sentence is too long or the picture has no alt text nor a decorative mark', () => {
		const bad = page([{ heading: 'Pay', points: [point('Fine.'), point('This sentence has far too many words in it for a reader who finds reading hard to follow.')] }]);
		expect(issues(bad)).toEqual([expect.stringMatching(/^sections\.0\.points\.1\.text: has a sentence of 18 words/)]);
		expect(issues(page([{ heading: 'Pay', points: [point('Fine.', {})] }]))).toEqual([expect.stringMatching(/^sections\.0\.points\.0\.alt: every point needs alt text/)]);
		expect(issues(page([{ heading: 'Pay', points: [point('Fine.', { decorative: true })] }]))).toEqual([]);
		expect(issues(page([{ heading: 'Pay', points: [{ text: 'Fine.', picture: 'unicorn', alt: 'A unicorn.' }] }]))[0]).toMatch(/picture: must be one of the site's pictures/);
	});
});

describe('hard words', () => {
	const entry = (text: string, explains: string[] = []) => ({
		id: 'money',
		filePath: 'content/easy-read/money.md',
		data: easyReadSchema.parse(page([{ heading: 'Pay', points: [point(text, { alt: 'A coin.', explains })] }])),
	});

	it('finds whole words only, in any of their forms', () => {
		expect(hardWordsIn('Ask about your expenses.', words).map((w) => w.word)).toEqual(['expenses']);
		expect(hardWordsIn('An expensive bus.', words)).toEqual([]);
	});

	it('are allowed only in a point that explains them, and the problem names the file and the point', () => {
		expect(easyReadProblems([entry('Expenses are money you spend to take part.', ['expenses'])], words, new Set())).toEqual([]);
		const [problem] = easyReadProblems([entry('Ask about your expenses.')], words, new Set());
		expect(problem).toMatchObject({ file: 'content/easy-read/money.md', field: 'sections[0].points[0].text' });
		expect(problem.message).toMatch(/hard word "expenses" without explaining it/);
		expect(easyReadProblems([entry('A bus.', ['expenses'])], words, new Set())[0].message).toMatch(/does not use the word/);
		expect(easyReadProblems([entry('A bus.', ['bus'])], words, new Set())[0].message).toMatch(/is not a hard word/);
	});

	it('are marked for bold where a point explains them', () => {
		expect(markExplained('Your expenses are paid back.', ['expenses'], words)).toEqual([
			{ text: 'Your ', strong: false },
			{ text: 'expenses', strong: true },
			{ text: ' are paid back.', strong: false },
		]);
		expect(markExplained('A bus.', [], words)).toEqual([{ text: 'A bus.', strong: false }]);
	});
});

describe('regular pages and their Easy Read versions', () => {
	const money = { id: 'money', data: easyReadSchema.parse(page([{ heading: 'Pay', points: [point('Fine.'), point('Good.', { decorative: true })] }], { versionOf: ['/modules/the-practicalities/', '/challenges/costs-of-taking-part/'] })) };

	it('link both ways, and an address with two Easy Read versions or none is refused', () => {
		expect([...easyReadVersions([money])]).toEqual([
			['modules/the-practicalities/', 'money'],
			['challenges/costs-of-taking-part/', 'money'],
		]);
		expect(regularPageOf(money)).toBe('modules/the-practicalities/');
		const versions = easyReadVersions([money]);
		expect(easyReadOf(['modules/a/', 'modules/the-practicalities/', 'challenges/costs-of-taking-part/'], versions)).toEqual(['money']);
		const known = new Set(['/modules/the-practicalities/']);
		const problems = easyReadProblems([money, { ...money, id: 'twice', filePath: 'content/easy-read/twice.md' }], [], known).map((p) => `${p.file} ${p.field}: ${p.message}`);
		expect(problems).toContainEqual(expect.stringMatching(/money.* versionOf\[1\]: no page on the site has this address/));
		expect(problems).toContainEqual(expect.stringMatching(/twice\.md versionOf\[0\]: this page already has an Easy Read version/));
	});

	it('draws each picture once per page, its own picture first', () => {
		expect(picturesOf({ ...money, data: { ...money.data, picture: 'house' } })).toEqual(['house', 'coin']);
	});
});

describe('pictures', () => {
	it('lose their ids, empty layers and unused stroke settings', () => {
		const svg = '<svg id="emoji" viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg">\n  <g id="color">\n    <rect x="19.0003" y="32" fill="#FFFFFF" stroke="none" stroke-linecap="round" stroke-width="2"/>\n  </g>\n  <g id="hair"/>\n  <g id="line">\n    <rect x="19" y="32" fill="none" stroke="#000000" stroke-width="2"/>\n  </g>\n</svg>';
		expect(optimiseSvg(svg)).toEqual({ viewBox: '0 0 72 72', body: '<rect x="19" y="32" fill="#fff"/><rect x="19" y="32" fill="none" stroke="#000" stroke-width="2"/>' });
	});

	it('round path data with a parser, so compact forms stay valid numbers', () => {
		// "0.3093-0.0048" is two numbers; "0.9999.5" is 0.9999 then .5. Hand-written rounding broke both.
		const { body } = optimiseSvg('<svg viewBox="0 0 72 72"><polygon points="1.23456,2 0.3093-0.0048"/><path d="M0.9999.5l-0.0001.25"/></svg>');
		expect(body).toBe('<path d="M1.2 2 .3 0zM1 .5v.3"/>');
	});

	it('every picture the site names is in the package, with no ids left, and small', () => {
		const sizes = pictureNames.map((name) => {
			const { body } = pictureSvg(name);
			expect(body, name).not.toMatch(/\sid="/);
			// With the ids gone, nothing may point at one.
			expect(body, name).not.toMatch(/url\(#|href="#/);
			return gzipSync(body).length;
		});
		// A page of ten points must stay within the first-visit budget: about 1 KB a picture at most.
		expect(Math.max(...sizes)).toBeLessThan(1500);
		expect(sizes.reduce((a, b) => a + b, 0) / sizes.length).toBeLessThan(800);
	});
});
