/**
 * Bad content never ships: each fixture in tests/fixtures/broken-content breaks a copy of the real
 * content in one way, and a real build of it must fail with a message naming the file and the problem.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../support/build';
import { root } from '../support/dist';

type Edit = { file: string; replace: string; with: string } | { file: string; write: string } | { file: string; copyFrom: string };
interface Fixture {
	problem: string;
	edits: Edit[];
	expect: string[];
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

describe('broken content fails the build, naming the file and the problem', () => {
	it('has fixtures for every kind of break the issue lists', () => {
		expect(fixtures.map((f) => f.name).sort()).toEqual(
			expect.arrayContaining(['bad-frontmatter-type', 'missing-required-field', 'unknown-reference', 'duplicate-id', 'minutes-do-not-add-up', 'mdx-syntax-error', 'link-to-missing-page', 'image-without-alt']),
		);
	});

	for (const fixture of fixtures) {
		it(`${fixture.name}: ${fixture.problem}`, () => {
			const dir = join(work, fixture.name);
			const content = join(dir, 'content');
			cpSync(join(root, 'content'), content, { recursive: true });
			applyEdits(content, fixture.edits);
			const result = build(dir, { CONTENT_DIR: content });
			expect(result.status, 'the build must fail').not.toBe(0);
			for (const pattern of fixture.expect) expect(result.output).toMatch(new RegExp(pattern));
		}, 120_000);
	}
});
