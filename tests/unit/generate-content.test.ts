/**
 * The benchmark's content generator: what it writes must pass the same schemas and integrity
 * check as real content, or `npm run bench` measures a build that fails.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../scripts/generate-content.mjs';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { checkIntegrity, formatProblems, type Snapshot } from '../../src/lib/integrity';
import { collectionNames } from '../../src/schemas/shared';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'many-roles-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('writes the number of modules asked for, one path per ten, all valid', () => {
	const out = join(work, 'content');
	const result = generate({ modules: 60, out });
	expect(readdirSync(join(out, 'modules'))).toHaveLength(60);
	expect(readdirSync(join(out, 'paths'))).toHaveLength(result.paths);
	expect(result.paths).toBeGreaterThanOrEqual(3);

	const { content, problems } = loadContentFromDisk(out, root);
	expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
	const snapshot = Object.fromEntries(collectionNames.map((name) => [name, content[name].filter((e) => e.data)])) as unknown as Snapshot;
	const found = checkIntegrity(snapshot);
	expect(found.length ? formatProblems(found) : '').toBe('');
});
