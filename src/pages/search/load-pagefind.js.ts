/**
 * `search/load-pagefind.js`: imports Pagefind's script (written to `pagefind/` by
 * scripts/index-search.mjs after the build) and leaves it in a global. The search page runs it with a
 * script element when someone first searches (src/scripts/search.ts), not with `import()`: Vite wraps
 * every `import()` in its preload helper, which weighed more than the rest of the page's script.
 * The address is relative, so it holds in whatever folder the site is served from.
 */
export const GET = () =>
	new Response(`import * as pagefind from '../pagefind/pagefind.js';\nglobalThis.manyRolesPagefind = pagefind;\n`, { headers: { 'Content-Type': 'text/javascript' } });
