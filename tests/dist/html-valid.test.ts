/** Every built page is valid HTML by html-validate's recommended rules (which include many accessibility checks). */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate/node';
import { htmlFiles } from '../support/dist';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements without a closing slash; both forms are valid HTML.
		'void-style': 'off',
	},
});

// A handout's title is also its PDF's title, and says what kind of handout it is: it may run longer
// than a browser tab shows.
const handoutValidator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: { 'void-style': 'off', 'long-title': 'off' },
});

test('every page is valid HTML', { timeout: 180_000 }, async () => {
	const files = htmlFiles();
	expect(files.length).toBeGreaterThan(40);
	const problems: string[] = [];
	for (const file of files) {
		const report = await (file.includes('/dist/print/') ? handoutValidator : validator).validateFile(file);
		for (const result of report.results)
			for (const m of result.messages) problems.push(`${file.replace(/.*\/dist\//, 'dist/')}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});

// Astro drops the line break between an expression and the next text, so "{a}.\n{b}" can render
// as "a.B": sentences run together. Visible text must have a space after each full stop.
test('no two sentences run together in the visible text', () => {
	const problems: string[] = [];
	for (const file of htmlFiles()) {
		const text = readFileSync(file, 'utf8')
			.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
			// Block boundaries separate text; inline tags (a, strong, span…) do not.
			.replace(/<\/?(p|li|div|h[1-6]|td|th|dt|dd|tr|ul|ol|dl|section|figure|figcaption|caption|summary|details|header|footer|nav|main|aside|table|br|title|time)\b[^>]*>/g, ' ')
			.replace(/<[^>]+>/g, '');
		for (const match of text.matchAll(/[a-z]{2}[.!?][A-Z][a-z]+/g)) problems.push(`${file.replace(/.*\/dist\//, 'dist/')}: “${match[0]}”`);
	}
	expect(problems).toEqual([]);
});
