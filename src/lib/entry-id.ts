/**
 * The id of a content entry, from its path inside the collection folder: "community-builder.mdx"
 * becomes "community-builder". Shared by the loaders and the integrity check, so a duplicate id
 * (e.g. "x.md" beside "x.mdx") is found by the same rule that makes ids.
 */
export function entryIdFromPath(relativePath: string): string {
	return relativePath
		.replace(/\\/g, '/')
		.replace(/\.(md|mdx)$/i, '')
		.toLowerCase();
}
