/** Runs a real `astro build` in a temporary folder, for tests that prove what the build accepts and refuses. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './dist';

/** The environment without what Vitest adds (BASE_URL, MODE, NODE_ENV…), which would leak into Astro. */
function cleanEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_|TEST$)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(key)) delete env[key];
	}
	return env;
}

/** Builds the site into `<work>/dist` with its own cache; returns the exit status and all output. */
export function build(work: string, env: Record<string, string> = {}) {
	const outDir = join(work, 'dist');
	const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		cwd: root,
		encoding: 'utf8',
		env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, 'cache'), ...env },
	});
	// Astro colours its output; strip the escape codes so tests can match plain text.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output, outDir };
}
