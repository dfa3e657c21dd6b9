/**
 * The content collections. Content lives in the top-level `content/` folder: one folder per
 * collection with one Markdown/MDX file per entry, and one YAML file each for the glossary and
 * the sources. Schemas and locations come from src/schemas/index.ts; cross-references are
 * checked by src/lib/integrity.ts when the site is built.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { entryIdFromPath } from './lib/entry-id';
import { collectionTable, type Layout } from './schemas/index';

/** The id is the file name, never a `slug` in frontmatter, so ids and files match one to one. */
function loaderFor(layout: Layout) {
	return layout.kind === 'folder'
		? glob({
				pattern: '**/*.{md,mdx}',
				base: `${contentDir()}/${layout.folder}`,
				generateId: ({ entry }) => entryIdFromPath(entry),
			})
		: file(`${contentDir()}/${layout.file}`);
}

const define = <K extends keyof typeof collectionTable>(name: K) =>
	defineCollection({ loader: loaderFor(collectionTable[name].layout), schema: collectionTable[name].schema });

export const collections = {
	roles: define('roles'),
	skills: define('skills'),
	challenges: define('challenges'),
	guides: define('guides'),
	modules: define('modules'),
	paths: define('paths'),
	glossary: define('glossary'),
	sources: define('sources'),
	pages: define('pages'),
};
