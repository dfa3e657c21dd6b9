/**
 * One picture per role (issue 15, step 8): a role's picture is the one its Easy Read page uses, so a
 * picture stands for one thing across the site, and no two roles share one.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = loadContentFromDisk(`${root}content`, root);

it('gives each role its own picture, the one on its Easy Read page', () => {
	const roles = content.roles.map((r) => ({ id: r.id, picture: r.data!.picture }));
	expect(roles.length).toBeGreaterThan(3);
	expect(new Set(roles.map((r) => r.picture)).size).toBe(roles.length);
	for (const role of roles) {
		const easy = content.easyRead.find((e) => (e.data!.versionOf as string[]).includes(`/roles/${role.id}/`));
		if (easy) expect(`content/roles/${role.id}.mdx: picture ${role.picture}`).toBe(`content/roles/${role.id}.mdx: picture ${easy.data!.picture}`);
	}
});
