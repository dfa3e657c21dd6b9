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

describe('curriculum coverage', () => {
	const modules = content.modules.flatMap((m) => (m.data ? [m.data] : []));
	const paths = content.paths.flatMap((p) => (p.data ? [p.data] : []));

	it('has at least 24 modules and 7 learning paths', () => {
		expect(modules.length).toBeGreaterThanOrEqual(24);
		expect(paths.length).toBeGreaterThanOrEqual(7);
	});

	it('develops every skill in at least two modules and every role in at least three', () => {
		const short = [
			...content.skills.map((s) => [s.filePath, modules.filter((m) => m.skills.includes(s.id)).length, 2] as const),
			...content.roles.map((r) => [r.filePath, modules.filter((m) => m.roles.includes(r.id)).length, 3] as const),
		].filter(([, count, needed]) => count < needed);
		expect(short.map(([file, count, needed]) => `${file}: developed by ${count} modules, needs ${needed}`)).toEqual([]);
	});

	it('gives every audience a path', () => {
		for (const audience of ['lived-experience', 'trainer', 'professional']) {
			expect(paths.some((p) => p.audiences.includes(audience as never)), audience).toBe(true);
		}
	});
});
