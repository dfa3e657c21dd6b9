/**
 * Nothing the project is made of is hidden from git by .gitignore. A pattern such as "dist/"
 * also matches tests/dist/, and once kept five suites of checks out of every commit: they passed
 * here and were missing on CI's clean checkout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../support/dist';

const folders = ['src', 'content', 'tests', 'scripts', 'public', '.ci'];
// Written by the tests themselves, not part of the project.
const written = /^tests\/(?:[^/]+\/)*(?:test-results|playwright-report)\//;

test.runIf(existsSync(join(root, '.git')))('no file of the project is ignored by git', () => {
	const files = folders.flatMap((folder) =>
		readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name).slice(root.length).replace(/\\/g, '/'))
			.filter((file) => !file.includes('node_modules/') && !written.test(file)),
	);
	expect(files.length).toBeGreaterThan(100);
	let ignored = '';
	try {
		ignored = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: root, input: files.join('\n'), encoding: 'utf8' });
	} catch (error) {
		// Exit status 1 means no path is ignored; anything else is a real failure.
		if ((error as { status?: number }).status !== 1) throw error;
	}
	expect(ignored.split('\n').filter(Boolean)).toEqual([]);
});
