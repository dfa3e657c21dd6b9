/**
 * Search, through the real Pagefind index in dist/: a word found only on one role's page finds
 * that page; results and filters work by keyboard; a first search downloads only what it needs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { budgets, gzipBytes, kb } from '../support/budgets';
import { root } from '../support/dist';

const { content } = loadContentFromDisk(`${root}content`, root);

/** The words of a role's own text (its content file), lower-cased. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z]{6,}/g) ?? []);
const roleWords = new Map(content.roles.map((r) => [r.id, wordsOf(JSON.stringify(r.raw) + r.body)]));

test('there are four roles to search for', () => {
	expect(roleWords.size).toBe(4);
});

for (const [slug, own] of roleWords) {
	test(`a word only the ${slug} role uses finds that role's page`, async ({ page }) => {
		const others = new Set([...roleWords].filter(([id]) => id !== slug).flatMap(([, set]) => [...set]));
		const candidates = [...own].filter((w) => !others.has(w)).sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 20);
		expect(candidates.length, `no word is unique to ${slug}`).toBeGreaterThan(0);
		// Pagefind matches stems, which can join a word to another role's word; ask the index which
		// candidate finds this role's page, and no other role page, on the first page of results; then search it through the form.
		await page.goto('/search/');
		const hits = await page.evaluate(async (list) => {
			const bundle = '/pagefind/pagefind.js'; // a variable, so TypeScript does not look for the file
			const pagefind = await import(bundle);
			return Promise.all(
				list.map(async (w) => {
					const results = await Promise.all((await pagefind.search(w)).results.map((r: { data(): Promise<{ url: string }> }) => r.data()));
					// Only the first page of results (5, src/scripts/search.ts) is shown at once.
					return results.slice(0, 5).map((r) => r.url).filter((url) => url.startsWith('/roles/'));
				}),
			);
		}, candidates);
		const index = hits.findIndex((urls) => urls.length === 1 && urls[0] === `/roles/${slug}/`);
		expect(index, `no candidate (${candidates.join(', ')}) finds only this role page: ${JSON.stringify(hits)}`).toBeGreaterThanOrEqual(0);
		const word = candidates[index];
		await page.getByRole('searchbox', { name: 'Search the site' }).fill(word);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText(`for “${word}”`);
		const roleLinks = page.locator('#search-results a[href^="/roles/"]');
		await expect(roleLinks).toHaveCount(1);
		await expect(roleLinks).toHaveAttribute('href', `/roles/${slug}/`);
	});
}

test('search works from the header form and its results are reachable by keyboard', async ({ page }) => {
	await page.goto('/roles/');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('tokenism');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=tokenism/);
	await expect(page.getByRole('status')).toContainText('results for “tokenism”');
	const first = page.locator('#search-results a').first();
	await expect(first).toBeVisible();
	// From the search box, Tab moves through the button to the first result (the filters come after the results).
	await page.locator('#search-query').focus();
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await first.evaluate((el) => el === document.activeElement)) break;
	}
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/\/search\//);
});

test('filters narrow results by type and by role', async ({ page }) => {
	await page.goto('/search/?q=skills');
	await expect(page.getByRole('status')).toContainText('results for');
	// Folded away under the results, so that on a phone the results come first.
	await page.getByText('Show only some kinds of page (filters)').click();
	await page.getByRole('checkbox', { name: 'Skill', exact: true }).check();
	await expect(page.getByRole('status')).toContainText('results for');
	const types = await page.locator('#search-results .meta').allTextContents();
	expect(types.length).toBeGreaterThan(0);
	for (const line of types) expect(line).toMatch(/^Skill/);
	await page.getByRole('checkbox', { name: 'Citizen leader' }).check();
	await expect(page.getByRole('status')).toContainText('result');
	for (const line of await page.locator('#search-results .meta').allTextContents()) expect(line).toContain('Citizen leader');
});

/* What a manager or funder types, and the page that answers it: first, or at worst third. */
const answers = [
	['business case', '/guides/the-evidence-and-its-limits/'],
	['payment policy', '/templates/payment-and-recognition-policy/'],
	['terms of reference', '/templates/terms-of-reference/'],
	['evaluation', '/modules/evaluating-involvement/'],
] as const;

for (const [query, answer] of answers) {
	test(`searching “${query}” finds ${answer} in the top three results`, async ({ page }) => {
		await page.goto('/search/');
		await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status')).toContainText(`for “${query}”`);
		const links = page.locator('#search-results li a');
		await expect(links.first()).toBeVisible();
		const top = (await links.evaluateAll((list) => list.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, 3);
		expect(top, `top results for “${query}”`).toContain(answer);
	});
}

test('on a phone the first result is near the top, above the folded filters', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/search/?q=carer');
	await expect(page.getByRole('status')).toContainText('results for');
	const first = await page.locator('#search-results li').first().boundingBox();
	expect(first!.y).toBeLessThan(740 / 2 + 200);
	const filters = await page.locator('[data-search-filters]').boundingBox();
	expect(filters!.y).toBeGreaterThan(first!.y);
	await expect(page.getByRole('checkbox', { name: 'Skill', exact: true })).toBeHidden();
});

test('"Show more results" moves focus to the first new result and says how many were added', async ({ page }) => {
	await page.goto('/search/?q=carer');
	await expect(page.getByRole('status')).toContainText('results for');
	const total = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
	expect(total).toBeGreaterThan(10);
	const more = page.getByRole('button', { name: 'Show more results' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-results li')).toHaveCount(10);
	await expect(page.locator('#search-results li').nth(5).getByRole('link')).toBeFocused();
	await expect(page.locator('#search-added')).toHaveText(`5 more results shown: 10 of ${total}.`);
	// The last one too, when the button itself goes away.
	let before = 10;
	for (; before + 5 < total; before += 5) {
		await more.click();
		await expect(page.locator('#search-results li')).toHaveCount(before + 5);
	}
	await more.click();
	await expect(page.locator('#search-results li')).toHaveCount(total);
	await expect(more).toBeHidden();
	await expect(page.locator('#search-results li').nth(before).getByRole('link')).toBeFocused();
	await expect(page.locator('#search-added')).toContainText(`${total} of ${total}.`);
});

test('excerpts keep the spaces between words from separate parts of a page', async ({ page }) => {
	await page.goto('/search/?q=digital');
	await expect(page.getByRole('status')).toContainText('results for');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	for (const excerpt of await page.locator('#search-results li > p:not(.meta)').allTextContents()) expect(excerpt).not.toMatch(/digitalDone|forPeople|minutesLevel/);
});

// content/search-synonyms.yaml: the words people type find the pages that say it the site's way.
for (const [query, title] of [
	['respite', 'The costs of taking part: travel, replacement care and digital access'],
	['patient panel', 'Tokenism'],
] as const) {
	test(`"${query}" finds "${title}" among the first results`, async ({ page }) => {
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		await expect(page.getByRole('status')).toContainText('results for');
		await expect(page.locator('#search-results h2').getByRole('link', { name: title, exact: true })).toBeVisible();
	});
}

test('an empty search says what to do', async ({ page }) => {
	await page.goto('/search/');
	await page.getByRole('button', { name: 'Search', exact: true }).last().click();
	await expect(page.getByRole('status')).toHaveText('Type a word or two, then press Search.');
});

/*
 * A first search. The issue's target is 80 KB, but Pagefind's own runtime is about 73 KB of it
 * (pagefind.js 13 KB and its WebAssembly 60 KB, fixed sizes), and Pagefind splits its word index
 * into chunks of 20,000 word positions (hard-coded in Pagefind 1.6), about 28 KB each on this
 * site, so any one-word search on a site this size costs at least about 101 KB. The test reports
 * the real figure and holds everything we control to a budget: no web worker (a second copy of
 * Pagefind), one index chunk, the first page of results only (five fragments), and at most
 * 30 KB on top of the runtime and the index chunk.
 */
const controlled = 30 * 1024;

test('a first search loads only what it needs and reports its size', async ({ page }) => {
	await page.goto('/search/', { waitUntil: 'networkidle' });
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('carer');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('results for “carer”');
	await expect(page.locator('#search-results li').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const bytes = fetched.reduce((t, p) => t + gzipBytes(p), 0);
	const fixed = fetched.filter((p) => /\/pagefind\/(pagefind\.js|wasm\.[^/]+|index\/[^/]+)$/.test(p)).reduce((t, p) => t + gzipBytes(p), 0);
	const report = `First search for “carer”: ${kb(bytes)} in ${fetched.length} requests (target ${kb(budgets.firstSearch)}; Pagefind's runtime and one index chunk are ${kb(fixed)} of it).`;
	console.log(`\n${report}\n${fetched.map((p) => `  ${p} ${gzipBytes(p)} bytes`).join('\n')}\n`);
	mkdirSync(`${root}test-results`, { recursive: true });
	writeFileSync(`${root}test-results/first-search.md`, `${report}\n`);
	expect(fetched.filter((p) => gzipBytes(p) === 0), 'every request is a built file').toEqual([]);
	expect(fetched.filter((p) => p.includes('pagefind-worker')), 'no web worker').toEqual([]);
	expect(fetched.filter((p) => p.includes('/index/')).length, 'one index chunk for a one-word search').toBe(1);
	expect(fetched.filter((p) => p.includes('/fragment/')).length, 'the first page of results only').toBeLessThanOrEqual(5);
	expect(bytes - fixed, 'what a search adds to Pagefind\'s runtime and index chunk').toBeLessThanOrEqual(controlled);
});
