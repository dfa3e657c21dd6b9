/**
 * A glossary term's first use on a page opens its definition in place (src/lib/inline-definitions.ts):
 * with no JavaScript, by keyboard, on a 320 px phone without sideways scrolling, with zero axe
 * violations open in either colour scheme, and in brackets on paper.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { reflowWidth, sidewaysScroll } from '../support/reflow';

test.use({ javaScriptEnabled: false });

// A page for people with lived experience, whose first glossary word is its own role's name.
const page = '/roles/disruptor-advocate/';

/** The page's first term with a definition, and that definition. */
async function firstTerm(p: Page) {
	// The first one shown: on paper, a term in a part that does not print is passed over.
	const term = p.getByRole('main').locator('button.term:visible').first();
	const id = await term.getAttribute('popovertarget');
	expect(id, 'a first use of a glossary term on the page').toBeTruthy();
	return {
		term,
		definition: p.locator(`[id="${id}"]`),
		words: (await term.textContent())!.trim(),
	};
}

test('a term opens its definition in place by keyboard, and Escape or the term again shuts it, with no JavaScript', async ({ page: p }) => {
	await p.goto(page);
	const { term, definition, words } = await firstTerm(p);
	await expect(definition).toBeHidden();
	await term.focus();
	await p.keyboard.press('Enter');
	await expect(definition).toBeVisible();
	expect(p.url()).toContain(page);
	// A plain link to the glossary entry, next in the keyboard order after the term.
	await p.keyboard.press('Tab');
	const more = definition.getByRole('link', { name: 'More in the glossary' });
	await expect(more).toBeFocused();
	expect(await more.getAttribute('href')).toMatch(/\/glossary\/#[a-z-]+$/);
	await p.keyboard.press('Escape');
	await expect(definition).toBeHidden();
	await expect(term).toBeFocused();
	// Space opens it too, and the same key on the same button shuts it.
	await p.keyboard.press('Space');
	await expect(definition).toBeVisible();
	await p.keyboard.press('Space');
	await expect(definition).toBeHidden();
	// The button reads as the words of the sentence, and says it opens something.
	await expect(p.getByRole('button', { name: words, exact: true }).first()).toBeVisible();
});

test('"disruptor" says in place that it is not a troublemaker, and a page only for professionals keeps the plain glossary link', async ({ page: p }) => {
	await p.goto(page);
	const disruptor = p.getByRole('main').getByRole('button', { name: /^disruptor/i }).first();
	await disruptor.click();
	await expect(p.locator(`[id="${await disruptor.getAttribute('popovertarget')}"]`)).toContainText('not a troublemaker');
	await p.goto('/modules/recognising-tokenism/');
	await expect(p.getByRole('main').locator('button.term')).toHaveCount(0);
	await expect(p.getByRole('main').locator('a.term').first()).toHaveAttribute('href', /\/glossary\/#/);
});

test.describe(() => {
	// axe is a script: it runs with JavaScript on, as in the every-page sweep. The popover is the same.
	test.use({ javaScriptEnabled: true });
	test('an open definition fits a 320 px screen and passes axe in light and dark', async ({ page: p }) => {
		test.setTimeout(120_000);
		await p.setViewportSize({ width: reflowWidth, height: 640 });
		await p.goto(page);
		const { term, definition } = await firstTerm(p);
		await term.click();
		await expect(definition).toBeVisible();
		const box = (await definition.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(reflowWidth);
		expect(await sidewaysScroll(p)).toBeNull();
		for (const colorScheme of ['light', 'dark'] as const) {
			await p.emulateMedia({ colorScheme });
			expect(await axeViolations(p), colorScheme).toEqual([]);
		}
	});
});

test('on paper each definition reads in brackets after its term, without the controls', async ({ page: p }) => {
	await p.goto(page);
	await p.emulateMedia({ media: 'print' });
	const { term, definition } = await firstTerm(p);
	await expect(term).toBeVisible();
	await expect(definition).toBeVisible();
	await expect(definition.getByRole('link')).toBeHidden();
	// In the sentence, in brackets: "what tokenism (Tokenism means…) is".
	expect(await definition.evaluate((e) => [getComputedStyle(e).display, getComputedStyle(e, '::before').content, getComputedStyle(e, '::after').content])).toEqual([
		'inline',
		'" ("',
		'")"',
	]);
	expect((await definition.innerText()).trim()).toMatch(/^\S.*\.$/);
});
