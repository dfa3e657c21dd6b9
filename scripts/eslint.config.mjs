/**
 * One lint rule, run by `npm run lint` (and `npm test`): browser code stays browser code. Scripts
 * in src/scripts/ and the browser-safe parts of src/lib/ (the session model, the labels helper,
 * storage, the planner's link) must not import the build's own modules: the content query, the
 * integrity check, the full dictionary, astro:content, Node built-ins or full zod. Any of them
 * would drag build-only code, or every string of the site, into a page's script. And page scripts
 * reach the browser's storage only through the one store (src/lib/storage/saved-data.ts), so every
 * save goes through its versions, its migrations and its messages for a full or blocked storage.
 *
 * It lives here rather than at the top of the project, so the top level stays as README describes;
 * `basePath` points its file patterns back at the project root.
 */
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';

const buildOnly = [
	{ group: ['**/i18n', '**/i18n/*', '**/i18n/index', '**/i18n/en'], message: 'The full dictionary stays on the server: hand a script its strings with scriptLabels() and read them with labelsOf() (src/lib/labels.ts).' },
	{ group: ['astro:*', 'astro', 'astro/*'], message: 'Astro modules are for the build; browser code gets its data from the page (data- attributes or a JSON data island).' },
	{ group: ['**/lib/content', '**/lib/integrity', '**/lib/content-files', '**/lib/content-dir', '**/lib/readability', '**/lib/handouts', '**/lib/qr', '**/lib/glossary-links', '**/lib/citation'], message: 'This module is build-only (it reads the content or the file system).' },
	{ group: ['node:*'], message: 'Node built-ins do not exist in the browser.' },
];

const storeOnly = 'Page scripts save and read through the one store: browserStore and its functions in src/lib/storage/saved-data.ts.';

const exact = [
	{ name: 'zod', message: 'Full zod is too big for a page script; the My data page uses zod/mini (src/lib/storage/schema.ts).' },
	...['fs', 'path', 'url', 'os', 'child_process'].map((name) => ({ name, message: 'Node built-ins do not exist in the browser.' })),
];

export default [
	{
		basePath: fileURLToPath(new URL('..', import.meta.url)),
		files: ['src/scripts/**/*.ts', 'src/lib/session/**/*.ts', 'src/lib/labels.ts', 'src/lib/storage/**/*.ts', 'src/lib/planner/plan.ts', 'src/lib/planner/limits.ts', 'src/lib/reflection.ts', 'src/lib/module-filters.ts'],
		languageOptions: { parser: tsParser },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: { 'no-restricted-imports': ['error', { paths: exact, patterns: buildOnly }] },
	},
	{
		basePath: fileURLToPath(new URL('..', import.meta.url)),
		files: ['src/scripts/**/*.ts'],
		languageOptions: { parser: tsParser },
		rules: {
			'no-restricted-globals': ['error', ...['localStorage', 'sessionStorage'].map((name) => ({ name, message: storeOnly }))],
			'no-restricted-properties': ['error', ...['localStorage', 'sessionStorage'].map((property) => ({ object: 'window', property, message: storeOnly }))],
		},
	},
];
