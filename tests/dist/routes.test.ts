/**
 * The route table (src/lib/routes.ts) names exactly the pages the build wrote: no page without a
 * route, no route without its page. (The table's own rules, and content links against it, need no
 * build: tests/unit/routes.test.ts.)
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { routeContent, type Snapshot } from '../../src/lib/integrity';
import { allPaths, routes } from '../../src/lib/routes';
import { collectionNames } from '../../src/schemas/shared';
import { dist, htmlFiles, root } from '../support/dist';

const { content } = loadContentFromDisk(join(root, 'content'), root);
const real = Object.fromEntries(collectionNames.map((name) => [name, content[name].filter((e) => e.data)])) as unknown as Snapshot;

test('the route table names exactly the pages in dist/', () => {
	const built = htmlFiles().map((file) => file.slice(dist.length + 1).replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1'));
	expect(built.length).toBeGreaterThan(100);
	// Endpoints that are not HTML pages: the PDF maker's list, the saved document's migration, the templates' Word files, the handouts' page-number stylesheet, the search page's Pagefind loader.
	const endpoints: unknown[] = [routes.handoutManifest, routes.savedDataMigration, routes.templateDocx, routes.pageNumbers, routes.searchLoader];
	const pages = allPaths(routeContent(real), (route) => !endpoints.includes(route));
	expect([...built].sort()).toEqual([...pages].sort());
});
