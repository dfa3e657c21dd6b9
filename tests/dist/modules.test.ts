/**
 * The learner view of a module leaves facilitator material to the facilitator view, which has all
 * of it. Read from the built pages' <main> text as the DOM's textContent gives it, so text inside a
 * closed <details> counts too.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { dictionary } from '../../src/i18n';
import { routes } from '../../src/lib/routes';
import { forTrainer } from '../../src/lib/session/materials';
import { mainText, root } from '../support/dist';

const { content } = loadContentFromDisk(join(root, 'content'), root);
const modules = content.modules.filter((entry) => entry.data);

test('there are modules to check', () => {
	expect(modules.length).toBeGreaterThan(10);
});

test.each(modules.map((mod) => [mod.id, mod] as const))('%s: the learner view carries none of the facilitator text; the facilitator view carries all of it', (id, mod) => {
	const lines = mod.data!.activities.flatMap((activity) => [...(activity.facilitatorNotes ?? []), ...(activity.preparation ?? [])]);
	expect(lines.length, `${id} has facilitator notes`).toBeGreaterThan(0);
	const learner = mainText(`/${routes.module.path(id)}`);
	expect(lines.filter((line) => learner.includes(line)), `/${routes.module.path(id)}`).toEqual([]);
	const facilitator = mainText(`/print/modules/${id}/facilitator/`);
	// The facilitator view says what to print in the trainer's words ("the participant handout for …", not "this page").
	const forTheTrainer = lines.map((line) => forTrainer(line, mod.data!.title, dictionary));
	expect(forTheTrainer.filter((line) => !facilitator.includes(line)), `/print/modules/${id}/facilitator/`).toEqual([]);
});
