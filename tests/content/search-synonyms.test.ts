/**
 * content/search-synonyms.yaml: every page it names exists, and a broken file is refused naming
 * the file, the field and the value.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { parseSearchSynonyms, synonymsByPage, synonymsFile } from '../../src/lib/search-synonyms';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = loadContentFromDisk(`${root}content`, root);
const entries = parseSearchSynonyms(readFileSync(`${root}content/${synonymsFile}`, 'utf8'));

describe('search synonyms', () => {
	it('name only pages that exist', () => {
		const missing = [...synonymsByPage(entries).keys()].filter((page) => {
			const [collection, id] = page.split('/') as [keyof typeof content, string];
			return !content[collection]?.some((entry) => entry.id === id);
		});
		expect(missing).toEqual([]);
	});

	it('cover what people type for replacement care, being ignored on a panel, and money', () => {
		const words = entries.flatMap((e) => e.words);
		for (const word of ['respite', 'patient panel', 'ignored', 'money', 'expenses']) expect(words).toContain(word);
	});

	it('refuse a broken file, naming the file, the field and the value', () => {
		expect(() => parseSearchSynonyms('- words: [respite]\n  means: replacement care\n  pages: [Tokenism]\n')).toThrow(
			/content\/search-synonyms\.yaml: \[0\]\.pages\[0\]: .*<collection>\/<id>.*\(value: "Tokenism"\)/,
		);
		expect(() => parseSearchSynonyms('- words: []\n  means: x y\n  pages: [challenges/tokenism]\n')).toThrow(/\[0\]\.words/);
	});
});
