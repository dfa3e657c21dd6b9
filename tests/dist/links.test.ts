/** Every internal link and anchor in dist/ resolves to a file and, for #fragments, an id. */
import { expect, test } from 'vitest';
import { brokenLinks, htmlFiles } from '../support/dist';

test('every internal link and anchor resolves', () => {
	expect(htmlFiles().length).toBeGreaterThan(40);
	expect(brokenLinks()).toEqual([]);
});
