/**
 * content/plain-words.yaml: the words a page for people with lived experience must explain where
 * it first uses them, or not use (issue 15: "plain words where they stand"), and the phrases of
 * the maintained checker (retext-simplify) that the site keeps, each with the reason. Checked by
 * the content tests (tests/content/plain-words.test.ts, with src/lib/plain-words.ts).
 */
import { z } from 'astro/zod';

const words = z.string().trim().min(2).max(60);

export const plainWordSchema = z.object({
	/** The word or phrase as written, lower case unless it is an acronym (e.g. "flipchart", "NIHR"). */
	word: words,
	/** Other forms that count as the same word (e.g. "flipcharts"). */
	matches: z.array(words).max(8).default([]),
	/** What to write instead, or how to explain it in the sentence: for the editor who meets the failure. */
	instead: z.string().trim().min(2).max(200),
});

export const allowedPhraseSchema = z.object({
	/** A phrase retext-simplify flags, as it reports it (lower case). */
	phrase: z.string().trim().min(2).max(40).regex(/^[a-z' -]+$/, 'lower-case words, as retext-simplify reports them'),
	/** Why the site keeps it: a checker finding the site disagrees with needs a reason. */
	why: z.string().trim().min(10).max(200),
});

export const exemptSentenceSchema = z.object({
	/** The content file, from the project root (e.g. "content/modules/the-four-roles.md"). */
	file: z.string().regex(/^content\/[a-z0-9/-]+\.mdx?$/, 'a content file from the project root, e.g. content/modules/the-four-roles.md'),
	/** The start of the sentence, exactly as written (enough of it to be the only one). */
	sentence: z.string().trim().min(10).max(120),
	/** Why the hard words stay: an example of jargon to spot, or a question quoted as its authors wrote it. */
	why: z.string().trim().min(10).max(200),
});

export const plainWordsSchema = z.object({
	/** Words to explain in the sentence where a page first uses them, or to avoid. */
	explain: z.array(plainWordSchema).min(1),
	/** retext-simplify's phrases the site keeps. */
	allow: z.array(allowedPhraseSchema).default([]),
	/** Sentences that keep their hard words on purpose; each must still find its sentence. */
	exempt: z.array(exemptSentenceSchema).default([]),
});

export type PlainWordsInput = z.input<typeof plainWordsSchema>;
export type PlainWords = z.output<typeof plainWordsSchema>;
export type PlainWord = z.output<typeof plainWordSchema>;
