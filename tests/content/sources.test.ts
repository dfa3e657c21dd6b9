/**
 * content/sources.yaml is complete: every entry names its authors, year, title and where it was
 * published, with a DOI, an address or an ISBN, and the fields its kind of source has (a journal
 * article its volume, issue, pages and DOI; a book its ISBN; guidance, reports and web pages their
 * address). A field may be missing only when `notFound` names it: looked for and not confirmed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import type { SourceData } from '../../src/schemas/source';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = loadContentFromDisk(`${root}content`, root);

type Field = 'year' | 'volume' | 'issue' | 'pages' | 'doi' | 'url' | 'isbn';
const byKind: Record<SourceData['kind'], Field[]> = {
	'journal-article': ['year', 'volume', 'issue', 'pages', 'doi'],
	book: ['year', 'isbn'],
	guidance: ['year', 'url'],
	report: ['year', 'url'],
	'web-page': ['year', 'url'],
};

describe('sources', () => {
	const sources = content.sources.flatMap((s) => (s.data ? [s.data] : []));

	it('parses every entry', () => {
		expect(sources.length).toBe(content.sources.length);
	});

	it('has the fields each kind of source needs, or says which could not be confirmed', () => {
		const gaps = sources.flatMap((s) =>
			byKind[s.kind].filter((field) => s[field] === undefined && !s.notFound.includes(field)).map((field) => `${s.id} (${s.kind}): no ${field}, and notFound does not name it`),
		);
		expect(gaps).toEqual([]);
	});

	it('gives every entry a way to find it (DOI, address or ISBN) unless none could be confirmed', () => {
		const lost = sources.filter((s) => !s.doi && !s.url && !s.isbn && !s.notFound.includes('url') && !s.notFound.includes('doi')).map((s) => s.id);
		expect(lost).toEqual([]);
	});

	it('says in the note why a field was left out', () => {
		const silent = sources.filter((s) => s.notFound.some((f) => f !== 'year') && !/could not|no address|not checked|no doi|only copies/i.test(s.note ?? '')).map((s) => s.id);
		expect(silent).toEqual([]);
	});

	it('names people, or organisations, as authors: never a website', () => {
		const websites = sources.filter((s) => s.authors.some((a) => /^(GOV\.UK|www\.|https?:)/i.test(a) || /\bet al\.?$/.test(a))).map((s) => s.id);
		expect(websites).toEqual([]);
	});

	it('lists nothing it does not need: a field in notFound is really missing', () => {
		const both = sources.flatMap((s) => s.notFound.filter((f) => s[f] !== undefined).map((f) => `${s.id}: ${f} is given and also in notFound`));
		expect(both).toEqual([]);
	});
});
