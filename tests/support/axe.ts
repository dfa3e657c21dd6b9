/** axe as every end-to-end test runs it: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's axe violations as it stands now, one line each (rule, help, where): [] when it passes. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
