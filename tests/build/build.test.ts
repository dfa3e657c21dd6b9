/**
 * Real builds of altered content, in temporary folders: a role that points at a skill that does
 * not exist must fail the build naming the file, the field and the value; the site built for a
 * subfolder must have every link inside that subfolder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, root } from '../support/dist';

const work = mkdtempSync(join(tmpdir(), 'many-roles-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment without what Vitest adds (BASE_URL, MODE, NODE_ENV…), which would leak into Astro. */
function cleanEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_|TEST$)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)) delete env[key];
	}
	return env;
}

function build(name: string, env: Record<string, string>) {
	const outDir = join(work, name, 'dist');
	const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		cwd: root,
		encoding: 'utf8',
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, name, 'cache'), ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('the build', () => {
	it('fails naming file, field and value when a role references a skill that does not exist', () => {
		const content = join(work, 'broken', 'content');
		cpSync(join(root, 'content'), content, { recursive: true });
		const file = join(content, 'roles', 'community-builder.mdx');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.replace(/skill: connecting-people/, 'skill: no-such-skill'));
		const result = build('broken', { CONTENT_DIR: content });
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/roles\/community-builder\.mdx: skills\[\d+\]\.skill = "no-such-skill": no entry with this id in "skills"/);
		// The skill the role no longer lists is reported in the same run.
		expect(result.output).toMatch(/skills\/connecting-people\.mdx: id = "connecting-people": no role draws on this skill/);
	}, 120_000);

	it('works from a subfolder: every link stays inside the base path', () => {
		const result = build('subfolder', { SITE_BASE: '/many-roles/' });
		expect(result.status, result.output.slice(-2000)).toBe(0);
		expect(brokenLinks(result.outDir, '/many-roles/').slice(0, 20)).toEqual([]);
		const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
		expect(home).toContain('href="/many-roles/roles/"');
		expect(home).not.toMatch(/href="\/(roles|skills|modules)\//);
	}, 120_000);
});
