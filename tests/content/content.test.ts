/**
 * The real content, checked the way the build checks it and more: every entry parses, the
 * integrity check finds nothing, every text is plain enough for its readers, and nothing repeats
 * the source paper word for word.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk, type DiskEntry } from '../../src/lib/content-files';
import { checkIntegrity, findDuplicateIds, formatProblems, type Snapshot } from '../../src/lib/integrity';
import { grade, joinForScoring, textsOf } from '../../src/lib/readability';
import { collectionNames } from '../../src/schemas/shared';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content, problems } = loadContentFromDisk(`${root}content`, root);

describe('content', () => {
	it('parses through the schemas', () => {
		expect(problems.map((p) => `${p.file}: ${p.field} = ${JSON.stringify(p.value)}: ${p.message}`)).toEqual([]);
	});

	it('passes the integrity check', () => {
		const all = collectionNames.flatMap((name): DiskEntry[] => content[name]);
		const snapshot = Object.fromEntries(
			collectionNames.map((name) => [name, content[name].filter((e) => e.data)]),
		) as unknown as Snapshot;
		const found = [...findDuplicateIds(all), ...checkIntegrity(snapshot)];
		expect(found.length ? formatProblems(found) : '').toBe('');
	});

	it('is plain English for its readers (Flesch-Kincaid grade, text-readability)', () => {
		const tooHard: string[] = [];
		for (const name of collectionNames) {
			for (const entry of content[name]) {
				if (!entry.data) continue;
				for (const text of textsOf(name, entry.data, entry.body)) {
					const score = grade(text.parts);
					if (score > text.limit) tooHard.push(`${entry.filePath}: ${text.label} scores grade ${score}, limit ${text.limit}`);
				}
			}
		}
		const glossary = content.glossary.flatMap((t) => (t.data ? [t.data.definition] : []));
		const glossaryGrade = grade(glossary);
		if (glossaryGrade > 8) tooHard.push(`content/glossary.yaml: definitions score grade ${glossaryGrade}, limit 8`);
		expect(tooHard).toEqual([]);
	});

	it('scores list items as separate sentences', () => {
		expect(joinForScoring(['you run a group', 'Tell your story.'])).toBe('You run a group. Tell your story.');
	});
});

describe('own words', () => {
	const tool = fileURLToPath(new URL('../../../shared/tools/seed-overlap', import.meta.url));
	it.runIf(existsSync(tool))('repeats no run of 10 words from the paper (shared/tools/seed-overlap)', () => {
		let output = '';
		try {
			output = execFileSync(tool, ['content', 'src'], { cwd: root, encoding: 'utf8' });
		} catch (error) {
			output = String((error as { stdout?: string }).stdout ?? error);
			expect.fail(output);
		}
		expect(output).toMatch(/^no run of 10 words/m);
	});
});
