/**
 * Reads the content folder straight from disk and parses every entry through the real schemas.
 * Used where Astro's content layer is not running: unit tests, the readability check, and the
 * duplicate-id scan that runs during the build (Astro's loaders keep only the last of two
 * entries with the same id, so duplicates can only be seen from the files themselves).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { collectionTable, type CollectionData } from '../schemas/index';
import { collectionNames, type CollectionName } from '../schemas/shared';
import { entryIdFromPath } from './entry-id';
import { checkIntegrity, findDuplicateIds, formatProblem, type Snapshot } from './integrity';

export interface DiskEntry<K extends CollectionName = CollectionName> {
	collection: K;
	id: string;
	/** Path from the project root, e.g. "content/roles/community-builder.mdx". */
	filePath: string;
	/** Parsed frontmatter (or YAML item) after the schema ran; undefined if it failed. */
	data: CollectionData[K] | undefined;
	/** Frontmatter or YAML item as written. */
	raw: Record<string, unknown>;
	/** Markdown/MDX body ('' for YAML items). */
	body: string;
}

export interface SchemaProblem {
	file: string;
	field: string;
	value: unknown;
	message: string;
}

export type DiskContent = { [K in CollectionName]: DiskEntry<K>[] };

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function walk(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** Follows a zod issue path into the raw value so the message can quote what was written. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
		raw,
	);
}

/** A YAML file of content that is not a collection, checked by its schema; throws "<file>: <field>: <message> (value: …)" for the first problem. */
export function parseYamlFile<T>(schema: z.ZodType<T>, text: string, file: string): T {
	const raw: unknown = parseYaml(text);
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	throw new Error(`${file}: ${formatField(issue.path)}: ${issue.message} (value: ${JSON.stringify(valueAt(raw, issue.path))})`);
}

export function formatField(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		'',
	);
}

function parseEntry<K extends CollectionName>(
	collection: K,
	id: string,
	filePath: string,
	raw: Record<string, unknown>,
	body: string,
	problems: SchemaProblem[],
): DiskEntry<K> {
	const result = collectionTable[collection].schema.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) {
			problems.push({
				file: filePath,
				field: formatField(issue.path) || '(frontmatter)',
				value: valueAt(raw, issue.path),
				message: issue.message,
			});
		}
	}
	return { collection, id, filePath, raw, body, data: result.success ? (result.data as CollectionData[K]) : undefined };
}

/** Loads every collection under `contentDir`; `root` makes file paths relative for messages. */
export function loadContentFromDisk(
	contentDir: string,
	root: string = join(contentDir, '..'),
): { content: DiskContent; problems: SchemaProblem[] } {
	const problems: SchemaProblem[] = [];
	const content = Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as DiskContent;
	for (const collection of collectionNames) {
		const layout = collectionTable[collection].layout;
		const list = content[collection] as DiskEntry[];
		if (layout.kind === 'folder') {
			const base = join(contentDir, layout.folder);
			for (const full of walk(base).filter((f) => /\.(md|mdx)$/i.test(f)).sort()) {
				const filePath = relative(root, full);
				const text = readFileSync(full, 'utf8');
				const match = frontmatterPattern.exec(text);
				let raw: Record<string, unknown> = {};
				try {
					raw = match ? ((parseYaml(match[1]) as Record<string, unknown>) ?? {}) : {};
				} catch (error) {
					problems.push({ file: filePath, field: '(frontmatter)', value: undefined, message: `YAML error: ${(error as Error).message.split('\n')[0]}` });
				}
				if (!match) problems.push({ file: filePath, field: '(frontmatter)', value: undefined, message: 'has no frontmatter between --- lines' });
				list.push(parseEntry(collection, entryIdFromPath(relative(base, full)), filePath, raw, match?.[2] ?? '', problems));
			}
		} else {
			const full = join(contentDir, layout.file);
			const filePath = relative(root, full);
			let items: unknown;
			try {
				items = parseYaml(readFileSync(full, 'utf8'));
			} catch (error) {
				problems.push({ file: filePath, field: '(file)', value: undefined, message: `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}` });
				continue;
			}
			if (!Array.isArray(items)) {
				problems.push({ file: filePath, field: '(file)', value: undefined, message: 'must be a YAML list of entries, each with an id' });
				continue;
			}
			items.forEach((item, index) => {
				const raw = (item ?? {}) as Record<string, unknown>;
				const id = typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
				list.push(parseEntry(collection, id, filePath, raw, '', problems));
			});
		}
	}
	return { content, problems };
}

/**
 * Every entry's collection, id and file, from file names (and the YAML lists' `id` fields)
 * alone: cheap enough to run on every build to find duplicate ids.
 */
export function scanIds(dir: string, root: string = process.cwd()): { collection: CollectionName; id: string; filePath: string }[] {
	return collectionNames.flatMap((collection) => {
		const layout = collectionTable[collection].layout;
		if (layout.kind === 'folder') {
			const base = join(dir, layout.folder);
			return walk(base)
				.filter((f) => /\.(md|mdx)$/i.test(f))
				.sort()
				.map((full) => ({ collection, id: entryIdFromPath(relative(base, full)), filePath: relative(root, full) }));
		}
		const full = join(dir, layout.file);
		let items: unknown;
		try {
			items = parseYaml(readFileSync(full, 'utf8'));
		} catch {
			return []; // unreadable YAML is reported by Astro's loader with its own message
		}
		return (Array.isArray(items) ? items : [])
			.map((item) => (item as { id?: unknown })?.id)
			.filter((id): id is string => typeof id === 'string')
			.map((id) => ({ collection, id, filePath: relative(root, full) }));
	});
}

/**
 * What a build of `contentDir` would refuse, checked without building: every schema problem, every
 * duplicate id and, once the schemas pass, every integrity problem, each as "file: field = value:
 * message". It runs the same schemas and the same checks (src/lib/integrity.ts) as src/lib/content.ts,
 * so a content folder that passes here fails a build only for what Astro alone sees (MDX syntax).
 * The broken-content tests use it, so ten kinds of break cost a second instead of ten builds.
 */
export function contentProblems(contentDir: string, root: string = join(contentDir, '..')): string[] {
	const { content, problems } = loadContentFromDisk(contentDir, root);
	const show = (value: unknown) => (value === undefined ? '(missing)' : JSON.stringify(value));
	const schema = problems.map((p) => `${p.file}: ${p.field} = ${show(p.value)}: ${p.message}`);
	const duplicates = findDuplicateIds(scanIds(contentDir, root)).map(formatProblem);
	// As in a build: Astro stops at the first entry its schema refuses, before the integrity check runs.
	if (schema.length) return [...schema, ...duplicates];
	const snapshot = Object.fromEntries(collectionNames.map((name) => [name, content[name]])) as unknown as Snapshot;
	return [...duplicates, ...checkIntegrity(snapshot).map(formatProblem)];
}
