/**
 * The dark colour scheme changes colours and nothing else: inside every
 * `@media (prefers-color-scheme: dark)` block of the built CSS, only custom properties and colour
 * properties are set. The page sweep (tests/e2e/every-page.spec.ts) relies on it: it runs every
 * axe rule in the light scheme and, in the dark one, only the rules that read colours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dist } from '../support/dist';

const colourProperty = /^(?:--[\w-]+|color|color-scheme|background|background-color|border(?:-(?:top|right|bottom|left|block|inline))?-color|outline-color|text-decoration-color|caret-color|accent-color|fill|stroke)$/;

/** Each dark-scheme block's body, found by matching braces from the @media rule's opening one. */
export function darkBlocks(css: string): string[] {
	const blocks: string[] = [];
	for (const match of css.matchAll(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g)) {
		let depth = 1;
		let end = match.index! + match[0].length;
		while (depth > 0 && end < css.length) {
			if (css[end] === '{') depth++;
			else if (css[end] === '}') depth--;
			end++;
		}
		blocks.push(css.slice(match.index! + match[0].length, end - 1));
	}
	return blocks;
}

const cssFiles = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));

test('the build has stylesheets with a dark scheme', () => {
	expect(cssFiles.length).toBeGreaterThan(0);
	expect(cssFiles.flatMap((f) => darkBlocks(readFileSync(join(dist, '_astro', f), 'utf8'))).length).toBeGreaterThan(0);
});

/** Properties other than colours set in a stylesheet's dark-scheme blocks. */
function notColours(css: string): string[] {
	return darkBlocks(css).flatMap((block) => [...block.matchAll(/[{;]\s*([-\w]+)\s*:/g)].map((m) => m[1]).filter((property) => !colourProperty.test(property)));
}

test('the dark scheme sets only colours', () => {
	expect(cssFiles.flatMap((file) => notColours(readFileSync(join(dist, '_astro', file), 'utf8')).map((property) => `${file}: "${property}" set in the dark scheme`))).toEqual([]);
});

test('the check finds a property that is not a colour, and only inside the dark scheme', () => {
	expect(notColours('a{display:block}@media (prefers-color-scheme: dark){:root{--ink:#fff}.b{display:none;color:red;border-left-color:red}}p{margin:0}')).toEqual(['display']);
});
