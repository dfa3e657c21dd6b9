/** Formatting, citations, readability preparation and the UI dictionary. */
import { describe, expect, it } from 'vitest';
import { t, tn } from '../../src/i18n';
import { citationText, citedOnce } from '../../src/lib/citation';
import { formatDate, joinWords } from '../../src/lib/format';
import { grade, joinForScoring, markdownToText } from '../../src/lib/readability';
import { sourceSchema } from '../../src/schemas/source';

describe('formatDate and joinWords', () => {
	it('use British forms', () => {
		expect(formatDate(new Date('2026-11-26T00:00:00Z'))).toBe('26 November 2026');
		expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
	});
});

describe('citationText', () => {
	it('formats the paper with its DOI', () => {
		const paper = sourceSchema.parse({
			id: 'miller-2023',
			kind: 'journal-article',
			authors: ['Miller R', 'Ehrenberg N'],
			title: 'Builder, Expert, Disruptor, Leader: The Many Roles of People with Lived Experience',
			year: 2023,
			publishedIn: 'International Journal of Integrated Care',
			volume: '23',
			issue: '3',
			pages: '12',
			doi: '10.5334/ijic.7696',
		});
		expect(citationText(paper)).toBe(
			'Miller R, Ehrenberg N (2023). Builder, Expert, Disruptor, Leader: The Many Roles of People with Lived Experience. International Journal of Integrated Care 23(3):12. doi:10.5334/ijic.7696',
		);
	});
});

describe('citedOnce', () => {
	it('gives each source once, in the order first cited, with every part of it cited', () => {
		expect(
			citedOnce([
				{ source: 'miller-2023', locator: 'section: Community Builder' },
				{ source: 'scie-guide-51' },
				{ source: 'miller-2023', locator: 'section: Turning roles into reality' },
				{ source: 'miller-2023', locator: 'section: Community Builder' },
			]),
		).toEqual([
			{ source: 'miller-2023', locators: ['section: Community Builder', 'section: Turning roles into reality'] },
			{ source: 'scie-guide-51', locators: [] },
		]);
	});
});

describe('readability preparation', () => {
	it('turns Markdown into the words a reader reads', () => {
		expect(markdownToText('## Heading\n\nSome [linked text](/x/) and **bold**.\n\n- item one\n- item two')).toEqual(['Heading', 'Some linked text and bold .', 'item one', 'item two']);
	});
	it('scores a list as separate sentences, which keeps the grade fair', () => {
		const items = ['you bring people together', 'you help them trust each other', 'you share the work'];
		expect(joinForScoring(items)).toBe('You bring people together. You help them trust each other. You share the work.');
		expect(grade(items)).toBeLessThan(grade([items.join(' and ')]));
	});
});

describe('UI dictionary', () => {
	it('fills values and picks plural forms', () => {
		expect(t('module.selfStudy', { time: '45 minutes' })).toBe('On your own: 45 minutes');
		expect(tn('path.moduleCount', 1)).toBe('1 module');
		expect(tn('path.moduleCount', 3)).toBe('3 modules');
	});
});
