/**
 * An Easy Read page: a list of short points, each with a picture and one or two short sentences,
 * in headed sections. The rules follow the Department of Health's Easy Read guidance as the
 * domain brief records it (words and a picture for every idea, pictures on the left, sentences of
 * no more than about 15 words, one idea each) and are enforced here, so the build names the file
 * and the point that breaks one (e.g. `sections[1].points[2].text`). Hard words (glossary terms and
 * content/hard-words.yaml) are checked by src/lib/integrity.ts, which sees the other collections;
 * the page's reading grade (3 or lower) by the content tests (src/lib/readability.ts).
 */
import { z } from 'astro/zod';
import { pictureNameSchema } from './picture';
import { idPattern, provenance, titleMax } from './shared';

/** Most words in one sentence (the guidance: sentences over 15 words are harder to read). */
export const maxWordsPerSentence = 15;
/** One idea per point: at most this many sentences. */
export const maxSentencesPerPoint = 2;

/** The sentences of a point: split after . ? or ! followed by a space, or at the end. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.?!])\s+/)
		.map((s) => s.trim())
		.filter((s) => /[a-z0-9]/i.test(s));
}

/** Words in a sentence: runs of letters or digits ("co-production" and "111" count as one). */
export function wordsOf(sentence: string): string[] {
	return sentence.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
}

/** What breaks the sentence rules in a point's text, as messages; empty when it keeps them. */
export function sentenceProblems(text: string): string[] {
	const sentences = sentencesOf(text);
	const problems: string[] = [];
	if (sentences.length > maxSentencesPerPoint)
		problems.push(`has ${sentences.length} sentences; a point has one idea in at most ${maxSentencesPerPoint} sentences: split it into two points`);
	for (const sentence of sentences) {
		const count = wordsOf(sentence).length;
		if (count > maxWordsPerSentence) problems.push(`has a sentence of ${count} words, more than ${maxWordsPerSentence}: "${sentence}"`);
	}
	if (!/[.?!]["')]?$/.test(text.trim())) problems.push('must end with a full stop, question mark or exclamation mark');
	return problems;
}

const sentenceText = (max: number) =>
	z
		.string()
		.trim()
		.min(3)
		.max(max)
		.superRefine((text, ctx) => {
			for (const message of sentenceProblems(text)) ctx.addIssue({ code: 'custom', message });
		});

export const easyReadPointSchema = z
	.object({
		/** One idea in one or two short sentences (at most 15 words each). */
		text: sentenceText(200),
		/** The picture on its left, by name (src/schemas/picture.ts). */
		picture: pictureNameSchema,
		/** What the picture shows, for people who cannot see it. Give this or `decorative: true`. */
		alt: z.string().trim().min(3).max(100).optional(),
		/** True when the picture adds nothing the words do not say: screen readers skip it. */
		decorative: z.literal(true).optional(),
		/**
		 * Hard words this point explains (a glossary term or a word in content/hard-words.yaml). A
		 * hard word may appear only in a point that explains it; the page shows it in bold.
		 */
		explains: z.array(z.string().trim().min(2).max(40)).max(2).default([]),
		/** A statement to answer on a worksheet: shows "Like me / A bit / Not yet" to tick. */
		answer: z.boolean().default(false),
	})
	.superRefine((point, ctx) => {
		if (point.alt === undefined && point.decorative === undefined)
			ctx.addIssue({ code: 'custom', path: ['alt'], message: 'every point needs alt text for its picture (what it shows), or decorative: true' });
		if (point.alt !== undefined && point.decorative !== undefined)
			ctx.addIssue({ code: 'custom', path: ['decorative'], message: 'a picture with alt text is not decorative: give one or the other' });
	});

export const easyReadSectionSchema = z.object({
	/** A short heading, itself easy to read: "What can be hard". */
	heading: z.string().trim().min(3).max(60),
	points: z.array(easyReadPointSchema).min(1).max(8),
});

export const easyReadSchema = z.object({
	title: z.string().trim().min(3).max(titleMax),
	/** One short sentence for the Easy Read list (at most 15 words). */
	summary: sentenceText(120),
	/** The list's picture for this page. */
	picture: pictureNameSchema,
	/** Its place in the Easy Read list. */
	order: z.number().int().min(1).max(99),
	/**
	 * The regular pages this is the Easy Read version of, from the site root ("/roles/citizen-leader/").
	 * Each shows an "Easy Read version" link near its top; the first is where this page links back to.
	 */
	versionOf: z.array(z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, 'must be a page address from the site root, e.g. /roles/citizen-leader/')).max(3).default([]),
	/** Sections of points; together at most about 40 points, so the handout stays short. */
	sections: z.array(easyReadSectionSchema).min(1).max(6),
	...provenance,
});

/** An id that can be used in an address, for the hard-words list. */
export const hardWordSchema = z.object({
	/** The word as it is written, lower case: "agenda". */
	id: z.string().regex(idPattern, 'must be the word in lower case, words joined by hyphens'),
	/** Other forms that count as the same word: "agendas". */
	matches: z.array(z.string().trim().min(2).max(40)).max(6).default([]),
	/** What it means, in Easy Read words, for editors writing the explanation. */
	meaning: z.string().trim().min(5).max(160),
});

export type EasyReadInput = z.input<typeof easyReadSchema>;
export type EasyReadData = z.output<typeof easyReadSchema>;
export type EasyReadSection = z.output<typeof easyReadSectionSchema>;
export type EasyReadPoint = z.output<typeof easyReadPointSchema>;
export type HardWordData = z.output<typeof hardWordSchema>;
