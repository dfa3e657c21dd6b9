/**
 * Plain words where they stand (issue 15): every page for people with lived experience explains
 * the words of content/plain-words.yaml where it first uses them (or they are glossary terms,
 * defined in place), and uses none of retext-simplify's phrases that the file does not allow.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { applyExemptions, formatWordProblems, lifePages, parsePlainWords, plainWordsFile, simplerWords, unexplainedWords, type PageText } from '../../src/lib/plain-words';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = loadContentFromDisk(`${root}content`, root);
const list = parsePlainWords(readFileSync(`${root}content/${plainWordsFile}`, 'utf8'));
const glossaryForms = new Set(content.glossary.flatMap((g) => (g.data ? [g.data.term, ...g.data.matches] : [])).map((w) => w.toLowerCase()));
const pages: PageText[][] = lifePages(content);

describe('plain words on pages for people with lived experience', () => {
	it('finds the pages: roles, skills, challenges and the modules and paths for them', () => {
		const files = pages.map((page) => page[0]?.file);
		expect(files).toContain('content/roles/disruptor-advocate.mdx');
		expect(files.some((f) => f?.startsWith('content/modules/'))).toBe(true);
		expect(files).not.toContain('content/modules/recognising-tokenism.md');
	});

	const listed = pages.flatMap((page) => unexplainedWords(page, list, glossaryForms));
	const simpler = Promise.all(pages.map((page) => simplerWords(page, list))).then((found) => found.flat());

	it('explain each listed word where they first use it (content/plain-words.yaml)', () => {
		expect(formatWordProblems(applyExemptions(listed, list).problems)).toBe('');
	});

	it('use none of the phrases retext-simplify has a plainer word for, unless the list allows it', async () => {
		expect(formatWordProblems(applyExemptions(await simpler, list).problems)).toBe('');
	}, 60_000);

	it('exempt only sentences that are still there and still need it', async () => {
		expect(applyExemptions([...listed, ...(await simpler)], list).unused).toEqual([]);
	}, 60_000);

	it('allow no phrase twice and list no word twice', () => {
		const words = list.explain.flatMap((w) => [w.word, ...w.matches].map((x) => x.toLowerCase()));
		expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
		const phrases = list.allow.map((a) => a.phrase);
		expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
	});
});
