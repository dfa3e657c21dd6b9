/** Internal links in content get the base path. */
import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../src/lib/base-links';

describe('prefixBase', () => {
	it('adds the base path to links written from the site root, and only to those', () => {
		const html = '<a href="/roles/">a</a><a class="x" href="/many-roles/skills/">b</a><a href="https://doi.org/x">c</a><a href="//example.org/">d</a><img src="/x.png">';
		expect(prefixBase(html, '/many-roles/')).toBe(
			'<a href="/many-roles/roles/">a</a><a class="x" href="/many-roles/skills/">b</a><a href="https://doi.org/x">c</a><a href="//example.org/">d</a><img src="/x.png">',
		);
	});
	it('changes nothing when the site lives at the root', () => {
		expect(prefixBase('<a href="/roles/">a</a>', '/')).toBe('<a href="/roles/">a</a>');
	});
});
