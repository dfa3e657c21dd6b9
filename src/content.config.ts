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

// Written out one by one (not in a loop) so that each collection keeps its own schema's type.
const { roles, skills, challenges, guides, modules, paths, glossary, sources, pages, briefs, templates, easyRead, hardWords } = collectionTable;

export const collections = {
	roles: defineCollection({ loader: loaderFor(roles.layout), schema: roles.schema }),
	skills: defineCollection({ loader: loaderFor(skills.layout), schema: skills.schema }),
	challenges: defineCollection({ loader: loaderFor(challenges.layout), schema: challenges.schema }),
	guides: defineCollection({ loader: loaderFor(guides.layout), schema: guides.schema }),
	modules: defineCollection({ loader: loaderFor(modules.layout), schema: modules.schema }),
	paths: defineCollection({ loader: loaderFor(paths.layout), schema: paths.schema }),
	glossary: defineCollection({ loader: loaderFor(glossary.layout), schema: glossary.schema }),
	sources: defineCollection({ loader: loaderFor(sources.layout), schema: sources.schema }),
	pages: defineCollection({ loader: loaderFor(pages.layout), schema: pages.schema }),
	briefs: defineCollection({ loader: loaderFor(briefs.layout), schema: briefs.schema }),
	templates: defineCollection({ loader: loaderFor(templates.layout), schema: templates.schema }),
	easyRead: defineCollection({ loader: loaderFor(easyRead.layout), schema: easyRead.schema }),
	hardWords: defineCollection({ loader: loaderFor(hardWords.layout), schema: hardWords.schema }),
};
