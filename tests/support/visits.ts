/**
 * What each page fetched on its first visit, as tests/e2e/every-page.spec.ts saw it in the browser,
 * for tests/dist/budgets.test.ts to weigh against the finished files.
 */
import { join } from 'node:path';
import { root } from './dist';

export interface Visit {
	/** The address visited, e.g. "/roles/community-builder/". */
	path: string;
	/** Everything fetched from the site until the page was idle, with the browser's resource type. */
	fetched: { path: string; kind: string }[];
	/** Anything fetched after that (it should be nothing). */
	idle: string[];
}

export const visitsDir = join(root, 'test-results', 'visits');

/** One file per visited address: "/roles/x/" → "roles~x~.json", "/" → "~.json". */
export const visitFile = (path: string) => `${path.replace(/[^a-z0-9.-]+/gi, '~')}.json`;
