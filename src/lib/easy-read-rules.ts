/**
 * The Easy Read rules that need more than one entry to check, run with the integrity check on
 * every build: a hard word (a glossary term, or a word in content/hard-words.yaml) appears only in
 * a point that explains it; each regular page has at most one Easy Read version, and that page
 * exists. The rules about one point alone (sentence length, one idea, a picture with alt text or
 * a decorative mark) are in its schema (src/schemas/easy-read.ts).
 */
import type { CollectionData } from '../schemas/index';

export interface RuleProblem {
	file: string;
	field: string;
	value: string;
	message: string;
}

interface EntryLike<T> {
	id: string;
	filePath?: string;
	data: T;
}

/** A hard word and the forms that count as it, for finding it in text. */
export interface HardWord {
	word: string;
	forms: string[];
}

/** Every hard word: glossary terms with their other forms, then the Easy Read list's own. */
export function hardWordsOf(glossary: readonly { data: CollectionData['glossary'] }[], list: readonly { id: string; data: CollectionData['hardWords'] }[]): HardWord[] {
	return [
		...glossary.map((g) => ({ word: g.data.term, forms: [g.data.term, ...g.data.matches] })),
		...list.map((h) => ({ word: h.id, forms: [h.id, ...h.data.matches] })),
	];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patternCache = new Map<string, RegExp>();
/** A form as a whole word: "carer" is found in "a carer." but not in "carers" (its own form) or "careful". */
export function formPattern(form: string): RegExp {
	let pattern = patternCache.get(form);
	if (!pattern) patternCache.set(form, (pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(form)}(?![\\p{L}\\p{N}-])`, 'iu')));
	return pattern;
}

/** The hard words a text uses (each once, by its main word). */
export function hardWordsIn(text: string, words: readonly HardWord[]): HardWord[] {
	return words.filter((w) => w.forms.some((form) => formPattern(form).test(text)));
}

/** Whether `explained` (as an author wrote it in `explains`) names this hard word or one of its forms. */
const names = (word: HardWord, explained: string) => word.forms.some((form) => form.toLowerCase() === explained.toLowerCase());

export function easyReadProblems(
	pages: readonly EntryLike<CollectionData['easyRead']>[],
	words: readonly HardWord[],
	knownPaths: ReadonlySet<string>,
): RuleProblem[] {
	const problems: RuleProblem[] = [];
	const versions = new Map<string, string>();
	for (const page of pages) {
		const file = page.filePath ?? `content/easy-read/${page.id}`;
		page.data.versionOf.forEach((path, i) => {
			const field = `versionOf[${i}]`;
			if (!knownPaths.has(path)) problems.push({ file, field, value: JSON.stringify(path), message: 'no page on the site has this address' });
			const other = versions.get(path);
			if (other) problems.push({ file, field, value: JSON.stringify(path), message: `this page already has an Easy Read version: ${other}` });
			else versions.set(path, file);
		});
		page.data.sections.forEach((section, s) =>
			section.points.forEach((point, p) => {
				const field = `sections[${s}].points[${p}]`;
				for (const word of hardWordsIn(point.text, words))
					if (!point.explains.some((e) => names(word, e)))
						problems.push({
							file,
							field: `${field}.text`,
							value: JSON.stringify(point.text),
							message: `uses the hard word "${word.word}" without explaining it: say what it means in this point and add explains: [${word.word}], or use an easier word`,
						});
				point.explains.forEach((explained, e) => {
					const word = words.find((w) => names(w, explained));
					if (!word)
						problems.push({ file, field: `${field}.explains[${e}]`, value: JSON.stringify(explained), message: 'is not a hard word: not in the glossary nor in content/hard-words.yaml' });
					else if (!hardWordsIn(point.text, [word]).length)
						problems.push({ file, field: `${field}.explains[${e}]`, value: JSON.stringify(explained), message: 'this point does not use the word it says it explains' });
				});
			}),
		);
	}
	return problems;
}
