/** Runs a real `astro build` in a temporary folder, for tests that prove what the build accepts and refuses. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
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

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, without colour codes. */
	output: string;
	outDir: string;
}

/**
 * A copy of the project's code in `<work>/project` (content stays where CONTENT_DIR points), with
 * the real node_modules linked in. Astro writes generated files into the project's own `.astro/`
 * folder (the list of content modules among them), so two builds of one folder at once would read
 * each other's content: each build gets its own.
 */
function projectCopy(work: string): string {
	const project = join(work, 'project');
	mkdirSync(project, { recursive: true });
	for (const part of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, part), join(project, part), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
	return project;
}

/**
 * Builds the site into `<work>/dist` from its own copy of the project and resolves with the exit
 * status and all output. It does not block, so a test can run several builds at once.
 */
export function build(work: string, env: Record<string, string> = {}): Promise<BuildResult> {
	const outDir = join(work, 'dist');
	const project = projectCopy(work);
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
			cwd: project,
			env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(work, 'cache'), CONTENT_DIR: join(root, 'content'), ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		// Astro colours its output; strip the escape codes so tests can match plain text.
		child.on('close', (status) => resolve({ status, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
	});
}
