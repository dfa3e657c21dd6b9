/**
 * Plain words where they stand (issue 15): on a page for people with lived experience, a word from
 * content/plain-words.yaml is explained in the sentence where the page first uses it, or is a
 * glossary term (then the page defines it in place: src/lib/inline-definitions.ts), or is not
 * used. The maintained checker retext-simplify adds its own list of phrases with plainer
 * alternatives; those are to be avoided, unless the file's `allow` keeps one, with the reason.
 * Run by the content tests (tests/content/plain-words.test.ts), not the build: a word choice is
 * for an editor to settle, and the test names the file, the text, the word and what to write.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';
import { plainWordsSchema, type PlainWords } from '../schemas/plain-words';
import { collectionNames, type CollectionName } from '../schemas/shared';
import { parseYamlFile, type DiskContent, type DiskEntry } from './content-files';
import { formPattern } from './easy-read-rules';
import { textsOf } from './readability';

export const plainWordsFile = 'plain-words.yaml';

/** The file, checked; throws "content/plain-words.yaml: explain[0].instead: … (value: …)" if broken. */
export function parsePlainWords(text: string, file = `content/${plainWordsFile}`): PlainWords {
	return parseYamlFile(plainWordsSchema, text, file);
}

/** One page's text for people with lived experience: where it is, and its parts in reading order. */
export interface PageText {
	file: string;
	/** Which text of the page, for the message ("summary", "text for lived-experience"). */
	label: string;
	parts: readonly string[];
}

export interface WordProblem {
	file: string;
	label: string;
	word: string;
	sentence: string;
	/** The plainer words to use, or how to explain it. */
	instead: string;
}

/** Splits text into sentences: after . ? or ! (and any closing quote or bracket) and before a capital. */
export function sentencesOf(parts: readonly string[]): string[] {
	return parts.flatMap((part) => part.split(/(?<=[.!?]["'”’)]*)\s+(?=["'“‘(]?[A-Z0-9])/)).map((s) => s.trim()).filter(Boolean);
}

// What counts as explaining a word in its own sentence. After it: a bracket ("NIHR (the body that
// funds research)"), a dash or colon, "X means…", "X is a…", "X, which is…", "X, or…" (another
// name). Before it: "called X", "known as X", "the word X", or the word in brackets after the
// plain words ("a big pad of paper (a flipchart)").
const explainedAfter =
	/^["'”’]?(?:\s*\(|\s*:\s|\s+[—–-]\s|,\s+(?:which|that|who)\s+(?:is|are|means|mean)\b|,\s+(?:meaning|or|that is)\b|\s+(?:means|mean|meant|is|are)\s+(?:a|an|the|when|what|where|how|who|someone|somebody|something|people|to|not|one|being|working|asking|making|any|some)\b)/i;
const explainedBefore = /(?:\b(?:called|known as|named|the words?|the term|means)\s+(?:an?\s+|the\s+)?["'“‘]?|\(\s*(?:an?\s+|the\s+)?)$/i;

/** Whether the sentence explains the words found at `at` (`length` characters long). */
export function explainsAt(sentence: string, at: number, length: number): boolean {
	return explainedAfter.test(sentence.slice(at + length)) || explainedBefore.test(sentence.slice(0, at));
}

/** The first place in the sentence where any of the forms is used, or null. */
function findForm(sentence: string, forms: readonly string[]): { at: number; length: number } | null {
	let best: { at: number; length: number } | null = null;
	for (const form of forms) {
		const match = formPattern(form).exec(sentence);
		if (match && (!best || match.index < best.at || (match.index === best.at && match[0].length > best.length))) best = { at: match.index, length: match[0].length };
	}
	return best;
}

/**
 * The list's words that a page uses without explaining them where it first uses them. A form that
 * is also a glossary term (`glossaryForms`) is explained by the page itself, so it passes. One
 * page's texts are given together, in reading order: a word explained in its first sentence may be
 * used freely after it.
 */
export function unexplainedWords(page: readonly PageText[], list: PlainWords, glossaryForms: ReadonlySet<string>): WordProblem[] {
	const problems: WordProblem[] = [];
	for (const entry of list.explain) {
		const forms = [entry.word, ...entry.matches].filter((form) => !glossaryForms.has(form.toLowerCase()));
		if (!forms.length) continue;
		search: for (const text of page)
			for (const sentence of sentencesOf(text.parts)) {
				const found = findForm(sentence, forms);
				if (!found) continue;
				if (!explainsAt(sentence, found.at, found.length)) problems.push({ file: text.file, label: text.label, word: entry.word, sentence, instead: entry.instead });
				break search;
			}
	}
	return problems;
}

/**
 * retext-simplify's findings in the page's sentences: each use of a phrase it has a plainer word
 * for, unless the file allows that phrase or the sentence explains it.
 */
export async function simplerWords(page: readonly PageText[], list: PlainWords): Promise<WordProblem[]> {
	const processor = unified()
		.use(retextEnglish)
		.use(retextSimplify, { ignore: list.allow.map((a) => a.phrase) });
	const problems: WordProblem[] = [];
	for (const text of page)
		for (const sentence of sentencesOf(text.parts)) {
			const file = new VFile(sentence);
			await processor.run(processor.parse(file), file);
			for (const message of file.messages) {
				const word = String(message.actual ?? '');
				const at = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
				if (at !== undefined && explainsAt(sentence, at, word.length)) continue;
				const expected = message.expected?.filter(Boolean) ?? [];
				problems.push({ file: text.file, label: text.label, word, sentence, instead: expected.length ? `retext-simplify suggests: ${expected.join(', ')}` : 'retext-simplify suggests leaving it out' });
			}
		}
	return problems;
}

/**
 * The problems that no exemption covers, and the exemptions that covered nothing (their sentence
 * has changed or gone, so the exemption should go too).
 */
export function applyExemptions(problems: readonly WordProblem[], list: PlainWords): { problems: WordProblem[]; unused: PlainWords['exempt'] } {
	const covers = (e: PlainWords['exempt'][number], p: WordProblem) => p.file === e.file && p.sentence.startsWith(e.sentence);
	return { problems: problems.filter((p) => !list.exempt.some((e) => covers(e, p))), unused: list.exempt.filter((e) => !problems.some((p) => covers(e, p))) };
}

/** One line per problem: the file, which text, the word, the sentence and what to do. */
export function formatWordProblems(problems: readonly WordProblem[]): string {
	return problems.map((p) => `${p.file}: ${p.label}: uses "${p.word}" without explaining it in its sentence: “${p.sentence}” (instead: ${p.instead})`).join('\n');
}

/**
 * The pages meant for people with lived experience, each as its texts in reading order: entries
 * whose `audiences` include lived-experience, and roles, skills and challenges, which are for
 * everyone. Facilitator notes are for trainers and Easy Read pages have their own, stricter rules
 * (src/lib/easy-read-rules.ts), so neither is checked here.
 */
export function lifePages(content: DiskContent): PageText[][] {
	return collectionNames.filter((name) => name !== 'easyRead').flatMap((name) => textsOfPages(name, content[name] as DiskEntry[]));
}

function textsOfPages<K extends CollectionName>(name: K, entries: readonly DiskEntry<K>[]): PageText[][] {
	return entries.flatMap((entry) => {
		const data = entry.data;
		const audiences = (data as { audiences?: readonly string[] } | undefined)?.audiences;
		if (!data || (audiences && !audiences.includes('lived-experience'))) return [];
		const texts = textsOf(name, data, entry.body).filter((text) => text.label !== 'facilitator notes');
		return texts.length ? [texts.map((text) => ({ file: entry.filePath, label: text.label, parts: text.parts }))] : [];
	});
}
