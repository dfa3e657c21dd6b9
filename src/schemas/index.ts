/**
 * Every collection's schema and where its files live, in one table. content.config.ts builds
 * Astro's collections from it; src/lib/content-files.ts reads the same files straight from disk
 * for unit tests and the readability check, so both go through exactly the same schemas.
 */
import type { z } from 'astro/zod';
import { briefSchema } from './brief';
import { challengeSchema } from './challenge';
import { easyReadSchema, hardWordSchema } from './easy-read';
import { glossarySchema } from './glossary';
import { guideSchema } from './guide';
import { moduleSchema } from './module';
import { pageSchema } from './page';
import { pathSchema } from './path';
import { roleSchema } from './role';
import type { CollectionName } from './shared';
import { skillSchema } from './skill';
import { sourceSchema } from './source';
import { templateSchema } from './template';

export type Layout = { kind: 'folder'; folder: string } | { kind: 'file'; file: string };

export const collectionTable = {
	roles: { schema: roleSchema, layout: { kind: 'folder', folder: 'roles' } },
	skills: { schema: skillSchema, layout: { kind: 'folder', folder: 'skills' } },
	challenges: { schema: challengeSchema, layout: { kind: 'folder', folder: 'challenges' } },
	guides: { schema: guideSchema, layout: { kind: 'folder', folder: 'guides' } },
	modules: { schema: moduleSchema, layout: { kind: 'folder', folder: 'modules' } },
	paths: { schema: pathSchema, layout: { kind: 'folder', folder: 'paths' } },
	glossary: { schema: glossarySchema, layout: { kind: 'file', file: 'glossary.yaml' } },
	sources: { schema: sourceSchema, layout: { kind: 'file', file: 'sources.yaml' } },
	pages: { schema: pageSchema, layout: { kind: 'folder', folder: 'pages' } },
	briefs: { schema: briefSchema, layout: { kind: 'folder', folder: 'briefs' } },
	templates: { schema: templateSchema, layout: { kind: 'folder', folder: 'templates' } },
	easyRead: { schema: easyReadSchema, layout: { kind: 'folder', folder: 'easy-read' } },
	hardWords: { schema: hardWordSchema, layout: { kind: 'file', file: 'hard-words.yaml' } },
} as const satisfies Record<CollectionName, { schema: z.ZodType; layout: Layout }>;

export type CollectionData = {
	[K in CollectionName]: z.output<(typeof collectionTable)[K]['schema']>;
};
