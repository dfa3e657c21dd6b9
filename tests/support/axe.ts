/**
 * axe as every end-to-end test runs it: axe-core, WCAG 2.0, 2.1 and 2.2, levels A and AA, on the
 * whole page as it stands.
 *
 * axe-core is injected once per page and run with axe.run(), not through @axe-core/playwright:
 * its AxeBuilder injects axe again on every call and finishes each run in a new blank tab, which
 * made one check take 1.8 s here against 0.2 s (measured on this 2-core machine). The rules, tags
 * and results are axe-core's own either way. The site has no frames (tests/dist/security.test.ts
 * checks), so nothing that AxeBuilder's frame handling would reach is left out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type axe from 'axe-core';

// The minified build: Chromium compiles it in about half the time of `axe.source` (measured here).
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules among those tags whose result depends on the colours: the only ones a change of colour
 * scheme can change, since the site's dark scheme changes colours and nothing else (its CSS sets
 * only custom properties of colour under prefers-color-scheme: dark).
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * The page's axe violations as it stands now, one line each (rule, help, where): [] when it passes.
 * `colourOnly` runs only the colour rules, for a second colour scheme of a page already checked in full.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
	const violations = await page.evaluate(
		({ tags, rules }) =>
			(window as unknown as { axe: typeof axe }).axe
				.run(document, { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags }, resultTypes: ['violations'] })
				.then((results) => results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))),
		{ tags: wcagTags, rules: colourOnly ? colourRules : null },
	);
	return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
