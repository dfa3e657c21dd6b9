/** A real build for a subfolder: every link stays inside the base path. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build } from '../support/build';
import { brokenLinks } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'many-roles-subfolder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('works from a subfolder: every link stays inside the base path', async () => {
	const result = await build(work, { SITE_BASE: '/many-roles/' });
	expect(result.status, result.output.slice(-2000)).toBe(0);
	expect(brokenLinks(result.outDir, '/many-roles/').slice(0, 20)).toEqual([]);
	const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
	expect(home).toContain('href="/many-roles/roles/"');
	expect(home).not.toMatch(/href="\/(roles|skills|modules)\//);
	// A link an author wrote from the site root in content gets the base path too.
	expect(readFileSync(join(result.outDir, 'guides/moving-between-roles/index.html'), 'utf8')).toContain('<a href="/many-roles/roles/">the four roles</a>');
	expect(readFileSync(join(result.outDir, '_headers'), 'utf8')).toMatch(/^\/many-roles\/\*\n {2}Content-Security-Policy: /);
}, 120_000);
