/** The plain-words check (src/lib/plain-words.ts): a listed word explained where it stands, or not used. */
import { describe, expect, it } from 'vitest';
import { applyExemptions, explainsAt, formatWordProblems, parsePlainWords, sentencesOf, simplerWords, unexplainedWords, type PageText } from '../../src/lib/plain-words';

const list = parsePlainWords(`
explain:
  - { word: flipchart, matches: [flipcharts], instead: a big pad of paper on a stand }
  - { word: tokenism, instead: involving people for show }
allow:
  - { phrase: it is, why: "style, not a hard word" }
exempt:
  - { file: content/modules/jargon.md, sentence: "Please utilize the portal.", why: an example of jargon to spot }
`);
const glossary = new Set(['tokenism']);
const page = (file: string, ...parts: string[]): PageText[] => [{ file, label: 'text for lived-experience', parts }];

describe('unexplainedWords', () => {
	it('names the file and the word when a listed word is used without explaining it', () => {
		const problems = unexplainedWords(page('content/modules/demo.md', 'Bring flipcharts and pens.'), list, glossary);
		expect(formatWordProblems(problems)).toBe(
			'content/modules/demo.md: text for lived-experience: uses "flipchart" without explaining it in its sentence: “Bring flipcharts and pens.” (instead: a big pad of paper on a stand)',
		);
	});

	it('passes a word explained in the sentence where the page first uses it, and later uses after it', () => {
		for (const explained of ['Bring a flipchart (a big pad of paper on a stand).', 'A flipchart is a big pad of paper on a stand.', 'Bring a flipchart, which is a big pad of paper.', 'Bring a big pad of paper on a stand, called a flipchart.', 'Bring a big pad of paper (a flipchart).'])
			expect(unexplainedWords(page('content/x.md', explained, 'Write on the flipchart.'), list, glossary), explained).toEqual([]);
		// Explained later is too late: the first use is where a reader stops.
		expect(unexplainedWords(page('content/x.md', 'Write on the flipchart.', 'A flipchart is a big pad of paper.'), list, glossary)).toHaveLength(1);
	});

	it('passes a glossary term, which the page defines in place, and a word the page does not use', () => {
		expect(unexplainedWords(page('content/x.md', 'This felt like tokenism.'), list, glossary)).toEqual([]);
		expect(unexplainedWords(page('content/x.md', 'This felt like tokenism.'), list, new Set())).toHaveLength(1);
		expect(unexplainedWords(page('content/x.md', 'Flipchartish is not a word.'), list, glossary)).toEqual([]);
	});
});

describe('simplerWords (retext-simplify)', () => {
	it('names the file and the phrase it has a plainer word for, unless the list allows it or exempts the sentence', async () => {
		const problems = await simplerWords(page('content/modules/jargon.md', 'It is time to utilize the room.', 'Please utilize the portal.'), list);
		expect(problems.map((p) => [p.file, p.word.toLowerCase(), p.sentence])).toEqual([
			['content/modules/jargon.md', 'utilize', 'It is time to utilize the room.'],
			['content/modules/jargon.md', 'utilize', 'Please utilize the portal.'],
		]);
		expect(problems[0].instead).toContain('use');
		const { problems: left, unused } = applyExemptions(problems, list);
		expect(left.map((p) => p.sentence)).toEqual(['It is time to utilize the room.']);
		expect(unused).toEqual([]);
	});
});

describe('the list file', () => {
	it('is refused when broken, naming the file, the field and the value', () => {
		expect(() => parsePlainWords('explain:\n  - { word: x, instead: y }\n')).toThrow(/content\/plain-words\.yaml: explain\[0\]\.word: .*\(value: "x"\)/);
		expect(() => parsePlainWords('explain: []\n')).toThrow(/content\/plain-words\.yaml: explain:/);
	});

	it('splits sentences where a reader would, and reads brackets, "means" and "called" as explaining', () => {
		expect(sentencesOf(['One. Two? “Three.” (Four.) e.g. five'])).toEqual(['One.', 'Two?', '“Three.”', '(Four.) e.g. five']);
		expect(explainsAt('NIHR means the research body.', 0, 4)).toBe(true);
		expect(explainsAt('Ask the NIHR.', 8, 4)).toBe(false);
	});
});
