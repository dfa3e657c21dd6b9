/**
 * The landing page for professionals, managers, commissioners and funders, derived once: the
 * Monday brief, the professional paths with their times, the professional modules shortest first,
 * the template documents, and the toolkit for knowing whether involvement worked (the evaluation
 * module, its two templates, the evidence page and the acronyms).
 */
import type { ModuleFormat } from '../schemas/module';
import { byId, handouts, modules, paths, templateDocuments, templateDocumentsById } from './content';
import { pathMetaById } from './path-meta';
import { findHandout } from './handouts';
import { ladders } from './ladders';

/** A module's shortest way of taking it, in minutes. */
export function shortestMinutes(format: ModuleFormat): number {
	return Math.min(format.selfStudy ?? Infinity, format.group ?? Infinity);
}

/** Entries with a format, shortest first; ties keep their order. */
export function shortestFirst<T extends { data: { format: ModuleFormat } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => shortestMinutes(a.data.format) - shortestMinutes(b.data.format));
}

/** An entry the page is built around: a missing one fails the build, naming its file. */
function required<T>(found: T | undefined, file: string): T {
	if (!found) throw new Error(`${file} is missing: the organisations' landing page links it.`);
	return found;
}

const briefId = 'monday-brief';
const brief = required(byId.briefs.get(briefId), `content/briefs/${briefId}.md`);

/** Knowing whether it worked: the module, then the templates it uses, in the order the page lists them. */
const evaluation = {
	module: required(byId.modules.get('evaluating-involvement'), 'content/modules/evaluating-involvement.md'),
	templates: ['evaluation-questions', 'you-said-we-did'].map((id) => required(templateDocumentsById.get(id), `content/templates/${id}.md`)),
	evidence: required(byId.guides.get('the-evidence-and-its-limits'), 'content/guides/the-evidence-and-its-limits.mdx'),
	acronyms: required(templateDocumentsById.get('acronyms'), 'content/templates/acronyms.md'),
};

const professional = paths.filter((p) => p.data.audiences.includes('professional'));

export const organisations = {
	brief,
	briefHandout: findHandout(handouts, 'brief', briefId)!,
	paths: professional,
	/** Each path's format, module count and total time, as the paths index shows them (all are for professionals). */
	pathMeta: pathMetaById(professional, { audiences: false }),
	modules: shortestFirst(modules.filter((m) => m.data.audiences.includes('professional'))),
	/**
	 * The templates the page does not already list under "knowing whether it worked" or beside the
	 * guide (each is linked once), less the sheets sessions print, which have a group of their own so
	 * a manager does not take a World Café table sign for a policy to adopt.
	 */
	templates: templateDocuments.filter((doc) => !doc.forSessions && doc !== evaluation.acronyms && !evaluation.templates.includes(doc)),
	/** The sheets the ready-made sessions print (induction, World Café), under "For sessions". */
	sessionSheets: templateDocuments.filter((doc) => doc.forSessions),
	/** The two participation ladders on one page (src/lib/ladders.ts). */
	ladders,
	evaluation,
};
