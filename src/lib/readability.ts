/**
 * Plain English, measured: the Flesch-Kincaid grade of a piece of text, and the limit that
 * applies to it. Scoring uses the maintained `text-readability` package rather than our own
 * formula; this file only prepares the text so the package counts sentences fairly.
 */
import readability from 'text-readability';
import type { Audience } from '../schemas/shared';

/**
 * Limits from CONTENT-GUIDE.md: summaries aim at 6 and must reach 7; other lived-experience text 8;
 * professional and facilitator text 10. Easy Read pages (issue 17) are written for people who
 * find reading hard, some with learning disabilities: grade 3, all their text scored as one.
 */
export const gradeLimits = {
	easyRead: 3,
	summary: 7,
	'lived-experience': 8,
	trainer: 10,
	professional: 10,
} as const;

export function limitFor(audience: Audience): number {
	return gradeLimits[audience];
}

/**
 * Markdown or MDX to plain sentences: drop code, imports, tags, link targets and emphasis marks,
 * so that only the words a reader reads are scored.
 */
export function markdownToText(markdown: string): string[] {
	return markdown
		.replace(/^(import|export) .*$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/[*_`>#|]/g, ' ')
		.split(/\n\s*\n|\n\s*[-+]\s+|\n\s*\d+\.\s+/)
		.map((part) => part.replace(/^\s*([-+]|\d+\.)\s+/, '').replace(/\s+/g, ' ').trim())
		.filter((part) => /[a-z]/i.test(part));
}

/**
 * Joins list items and paragraphs into one text. The package only starts a new sentence after
 * ". " and a capital letter, so each part is capitalised and closed with a full stop; otherwise a
 * list of ten short items would be scored as one very long sentence.
 */
export function joinForScoring(parts: readonly string[]): string {
	return parts
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.map((part) => (/[.?!:]["')\]]*$/.test(part) ? part : `${part}.`))
		.join(' ');
}

/** Flesch-Kincaid grade of the parts scored as one text, to one decimal place. */
export function grade(parts: readonly string[]): number {
	const text = joinForScoring(parts);
	if (!text) return 0;
	return readability.fleschKincaidGrade(text);
}

import type { CollectionData } from '../schemas/index';
import type { CollectionName } from '../schemas/shared';

/** One text to score: a name for messages, its parts, and the highest grade allowed. */
export interface ScoredText {
	label: string;
	parts: string[];
	limit: number;
}

/**
 * The texts of one entry, grouped the way readers meet them: the summary on its own (it is what
 * cards, search results and handouts show), the reader-facing text as a whole, and facilitator
 * text (notes, preparation) under the professional limit.
 */
export function textsOf<K extends CollectionName>(
	collection: K,
	data: CollectionData[K],
	body = '',
): ScoredText[] {
	const prose = markdownToText(body);
	const summary = (text: string): ScoredText => ({ label: 'summary', parts: [text], limit: gradeLimits.summary });
	const main = (parts: string[], audience: Audience = 'lived-experience'): ScoredText => ({
		label: `text for ${audience}`,
		parts: [...parts, ...prose],
		limit: limitFor(audience),
	});
	switch (collection) {
		case 'roles': {
			const d = data as CollectionData['roles'];
			return [
				summary(d.summary),
				main([...d.involves.map((i) => i.text), ...d.startingPoints.map((i) => i.text), ...d.whatHelps.map((h) => h.text), ...d.everyday.map((r) => r.text), ...d.recognise.map((r) => r.text), ...d.reflection.map((r) => r.text), ...(d.nuance ? [d.nuance] : [])]),
			];
		}
		case 'skills': {
			const d = data as CollectionData['skills'];
			return [summary(d.summary), main([...d.iCan.map((s) => s.text), ...d.signs.map((s) => s.text), ...d.waysToBuild.map((w) => w.text)])];
		}
		case 'challenges': {
			const d = data as CollectionData['challenges'];
			return [summary(d.summary), main([...d.signs.map((s) => s.text), ...d.whatHelps.map((h) => h.text)])];
		}
		case 'guides': {
			const d = data as CollectionData['guides'];
			return [summary(d.summary), main(d.keyPoints.map((k) => k.text), d.audiences[0])];
		}
		case 'modules': {
			const d = data as CollectionData['modules'];
			const learner = [
				...d.outcomes,
				...d.keyQuestions,
				...d.activities.flatMap((a) => [a.title, ...a.instructions, ...(a.selfStudy ?? []), ...(a.example ? [a.example.text] : []), ...(a.parts ?? []).flatMap((p) => p.brief)]),
				...d.reflection.map((r) => r.text),
				...d.keyPoints,
				...(d.contentNote ? [d.contentNote] : []),
			];
			const facilitator = d.activities.flatMap((a) => [...a.facilitatorNotes, ...a.preparation]);
			return [
				summary(d.summary),
				main(learner, d.audiences[0]),
				...(facilitator.length
					? [{ label: 'facilitator notes', parts: facilitator, limit: gradeLimits.trainer }]
					: []),
			];
		}
		case 'paths': {
			const d = data as CollectionData['paths'];
			return [summary(d.summary), main(d.outcomes, d.audiences[0])];
		}
		case 'pages': {
			const d = data as CollectionData['pages'];
			return [summary(d.summary), main([], d.audiences[0])];
		}
		case 'briefs': {
			const d = data as CollectionData['briefs'];
			return [summary(d.summary), main(d.sections.flatMap((s) => [s.heading, ...(s.lead ? [s.lead] : []), ...s.items]), d.audiences[0])];
		}
		case 'templates': {
			const d = data as CollectionData['templates'];
			// Fields are scored as the words in them: "[name of the group]" reads as "name of the group".
			const texts = [...d.howToUse, ...d.opening, ...d.sections.flatMap((s) => [s.heading, ...s.text, ...s.items, ...s.decide])];
			return [summary(d.summary), main(texts.map((text) => text.replace(/[[\]]/g, '')), d.audiences[0])];
		}
		case 'easyRead': {
			const d = data as CollectionData['easyRead'];
			const texts = [d.title, d.summary, ...d.sections.flatMap((s) => [s.heading, ...s.points.map((p) => p.text)])];
			return [{ label: 'Easy Read text', parts: texts, limit: gradeLimits.easyRead }];
		}
		default:
			return [];
	}
}
