/**
 * Bad content never ships: each fixture in tests/fixtures/broken-content breaks a copy of the real
 * content in one way, and the content checks must refuse it with a message naming the file and the
 * problem. They run in-process (src/lib/content-files.ts `contentProblems`: the same schemas and
 * integrity check a build runs). Three fixtures, one of each kind of failure a build has (a schema
 * error, an integrity error, an MDX syntax error that only Astro sees), also run a real build, all
 * three at once, so the build itself is proven to stop on them.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/lib/content-files';
import { build, type BuildResult } from '../support/build';
import { root } from '../support/dist';

type Edit = { file: string; replace: string; with: string } | { file: string; write: string } | { file: string; copyFrom: string };
interface Fixture {
	problem: string;
	edits: Edit[];
	/** Patterns the in-process check's messages must match; absent when only a build can see the break. */
	expect?: string[];
	/** Patterns a real build's output must match: the fixture is also built. */
	build?: string[];
}

const folder = join(root, 'tests/fixtures/broken-content');
const fixtures = readdirSync(folder)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(folder, f), 'utf8')) as Fixture) }));
const work = mkdtempSync(join(tmpdir(), 'many-roles-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function applyEdits(content: string, edits: Edit[]) {
	for (const edit of edits) {
		const target = join(content, edit.file);
		if ('write' in edit) writeFileSync(target, edit.write);
		else if ('copyFrom' in edit) copyFileSync(join(content, edit.copyFrom), target);
		else {
			const text = readFileSync(target, 'utf8');
			if (!text.includes(edit.replace)) throw new Error(`fixture no longer applies: ${edit.file} has no ${JSON.stringify(edit.replace)}`);
			writeFileSync(target, text.replace(edit.replace, edit.with));
		}
	}
}

/** A copy of the real content with the fixture's edits applied; returns its folder. */
function broken(fixture: (typeof fixtures)[number]): string {
	const dir = join(work, fixture.name);
	const content = join(dir, 'content');
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(root, 'content'), content, { recursive: true });
	applyEdits(content, fixture.edits);
	return dir;
}

const matchesAll = (text: string, patterns: string[]) => {
	for (const pattern of patterns) expect(text).toMatch(new RegExp(pattern));
};

describe('broken content is refused, naming the file and the problem', () => {
	it('has fixtures for every kind of break the issue lists, and builds one of each kind of failure', () => {
		expect(fixtures.map((f) => f.name).sort()).toEqual(
			expect.arrayContaining(['bad-frontmatter-type', 'missing-required-field', 'unknown-reference', 'duplicate-id', 'minutes-do-not-add-up', 'mdx-syntax-error', 'link-to-missing-page', 'image-without-alt', 'easy-read-long-sentence', 'easy-read-picture-without-alt', 'easy-read-hard-word-unexplained']),
		);
		expect(fixtures.filter((f) => f.build).map((f) => f.name).sort()).toEqual(['bad-frontmatter-type', 'mdx-syntax-error', 'unknown-reference']);
		for (const f of fixtures) expect(f.expect ?? f.build, `${f.name} checks something`).not.toHaveLength(0);
	});

	it('the real content passes the in-process check', () => {
		expect(contentProblems(join(root, 'content'), root)).toEqual([]);
	});

	for (const fixture of fixtures.filter((f) => f.expect)) {
		it(`${fixture.name}: ${fixture.problem}`, () => {
			const dir = broken(fixture);
			const problems = contentProblems(join(dir, 'content'), dir);
			expect(problems, 'the check must refuse it').not.toEqual([]);
			matchesAll(problems.join('\n'), fixture.expect!);
		});
	}
});

describe('a real build stops on each kind of failure', () => {
	const built = fixtures.filter((f) => f.build);
	const results = new Map<string, BuildResult>();
	// The builds run at once: each is mostly one busy thread, and they are the slowest tests here.
	beforeAll(async () => {
		const done = await Promise.all(built.map(async (f) => [f.name, await build(broken(f), { CONTENT_DIR: join(work, f.name, 'content') })] as const));
		for (const [name, result] of done) results.set(name, result);
	}, 240_000);

	for (const fixture of built) {
		it(`${fixture.name}: ${fixture.problem}`, () => {
			const result = results.get(fixture.name)!;
			expect(result.status, 'the build must fail').not.toBe(0);
			if (process.env.DEBUG_BUILD) console.log(result.output);
			matchesAll(result.output, fixture.build!);
		});
	}
});
