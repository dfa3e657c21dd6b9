/** Every built page is valid HTML by html-validate's recommended rules (which include many accessibility checks). */
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate/node';
import { htmlFiles } from '../support/dist';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements without a closing slash; both forms are valid HTML.
		'void-style': 'off',
	},
});

test('every page is valid HTML', async () => {
	const files = htmlFiles();
	expect(files.length).toBeGreaterThan(40);
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results)
			for (const m of result.messages) problems.push(`${file.replace(/.*\/dist\//, 'dist/')}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});
