/**
 * `saved-data/migrate.js`: the step that turns a version-1 or -2 saved document into version 3
 * (src/lib/storage/migrate.ts, compiled) and the key map made from this build's content
 * (src/lib/legacy-keys.ts). Pages import it only when they find such a document (saved-data.ts).
 */
import ts from 'typescript';
import source from '../../lib/storage/migrate.ts?raw';
import { modules, roles, skills } from '../../lib/content';
import { legacyKeys } from '../../lib/legacy-keys';

export const GET = () => {
	const code = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true } }).outputText;
	// Left in a global because the page runs it with a script element (see saved-data.ts).
	return new Response(`${code}\nexport const map = ${JSON.stringify(legacyKeys(roles, skills, modules))};\nglobalThis.manyRolesKeyMap = { map, toIds };\n`, { headers: { 'Content-Type': 'text/javascript' } });
};
