import { defineConfig } from 'vitest/config';

// Unit and content tests. They test plain TypeScript in src/lib and src/schemas (parsed through
// the real schemas), so they need no Astro dev server; the e2e tests cover the built site.
export default defineConfig({
	root: new URL('..', import.meta.url).pathname,
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
	},
});
