/**
 * Browser code stays browser code: the lint rule in scripts/eslint.config.mjs keeps build-only
 * modules, the full dictionary, astro:content, Node built-ins and full zod out of src/scripts/ and
 * the browser-safe parts of src/lib/, and page scripts reach storage only through the one store. Run here so `npm test` enforces it, and proved able to fail.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../support/dist';

const eslint = new ESLint({ cwd: root, overrideConfigFile: 'scripts/eslint.config.mjs' });
const problems = (results: ESLint.LintResult[]) => results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length)}:${m.line}: ${m.message}`));

describe('the browser boundary', () => {
	it('holds for every browser script and browser-safe module', async () => {
		const results = await eslint.lintFiles(['src/scripts', 'src/lib']);
		expect(results.length, 'files linted').toBeGreaterThan(15);
		expect(problems(results)).toEqual([]);
		// Linting takes 4 to 6 s alone on a 2-core machine, and over 30 s beside the build and the browsers in `npm test`.
	}, 90_000);

	it.each([
		["import { t } from '../i18n';", 'src/scripts/any.ts', 'dictionary'],
		["import { en } from '../i18n/en';", 'src/scripts/any.ts', 'dictionary'],
		["import { modules } from '../lib/content';", 'src/scripts/any.ts', 'build-only'],
		["import { getCollection } from 'astro:content';", 'src/lib/session/any.ts', 'Astro modules'],
		["import { readFileSync } from 'node:fs';", 'src/lib/storage/any.ts', 'Node built-ins'],
		["import { z } from 'zod';", 'src/scripts/any.ts', 'Full zod'],
		["localStorage.setItem('x', '1');", 'src/scripts/any.ts', 'the one store'],
		["window.sessionStorage.getItem('x');", 'src/scripts/any.ts', 'the one store'],
	])('refuses %s in %s', async (code, filePath, words) => {
		const [result] = await eslint.lintText(code, { filePath });
		expect(result.messages.map((m) => m.message).join('\n')).toContain(words);
	});

	it('lets browser code use the labels helper, the session model and zod/mini', async () => {
		const [result] = await eslint.lintText("import { labelsOf } from '../lib/labels';\nimport { buildSession } from '../lib/session';\nimport * as z from 'zod/mini';\n", { filePath: 'src/scripts/any.ts' });
		expect(result.messages).toEqual([]);
	});
});
