// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { writeFileSync } from 'node:fs';
import { inSitemap } from './src/lib/routes.ts';
import { apacheHeaders, netlifyHeaders } from './src/lib/security.ts';
import { settings, usesExampleContact } from './src/settings.ts';

/**
 * Paper has no links, so print.css writes each internal link's full address after it: the
 * configured site's address (settings.url) before the link's path, which already holds the base.
 * A stylesheet cannot read settings and the Content-Security-Policy allows no inline style, so
 * print.css holds a placeholder that this fills in: in the finished CSS files when building, in
 * the served module in development.
 */
const siteAddressPlaceholder = 'MANY-ROLES-SITE-ADDRESS';
const siteAddress = settings.url.replace(/\/+$/, '').replace(/['"\\]/g, '\\$&');
/** @param {string} code */
const fillSiteAddress = (code) => code.replaceAll(siteAddressPlaceholder, siteAddress);
/** @type {import('vite').Plugin} */
const siteAddressInCss = {
	name: 'many-roles:site-address-in-css',
	enforce: 'post',
	transform(code) {
		if (code.includes(siteAddressPlaceholder)) return fillSiteAddress(code);
	},
	generateBundle(_options, bundle) {
		for (const file of Object.values(bundle)) {
			if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
			const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
			if (source.includes(siteAddressPlaceholder)) file.source = fillSiteAddress(source);
		}
	},
};

export default defineConfig({
	site: settings.url,
	base: settings.base,
	// Every page is a folder with an index.html, so links end in "/" on every static host.
	trailingSlash: 'always',
	// Stylesheets always ship as files: the Content-Security-Policy allows no inline <style>.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [
		mdx(),
		// Left out: printable pages and the planner's plan views (`sitemap: false` in the route table).
		sitemap({ filter: (page) => inSitemap(new URL(page).pathname.slice(settings.base.length)) }),
		{
			// A copy published with the example contact details would send reports nowhere.
			name: 'many-roles:publisher-check',
			hooks: {
				'astro:build:start': ({ logger }) => {
					if (usesExampleContact)
						logger.warn(`The publisher's contact is still the example (${settings.publisher.email}). Set your own in src/settings.ts before you publish.`);
				},
			},
		},
		{
			// Header files for static hosts, from the same policy the pages carry (src/lib/security.ts).
			name: 'many-roles:security-headers',
			hooks: {
				'astro:build:done': ({ dir }) => {
					writeFileSync(new URL('_headers', dir), netlifyHeaders(settings.base));
					writeFileSync(new URL('.htaccess', dir), apacheHeaders(settings.base));
				},
			},
		},
	],
	// Test builds of broken or generated content use their own cache, so they never touch the real one.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	// Scripts ship as files, never inlined: an inlined script kept Vite's unreplaced __VITE_PRELOAD__
	// placeholder around its dynamic import (Pagefind), which broke search; files also suit a strict CSP.
	vite: {
		plugins: [tailwindcss(), siteAddressInCss],
		build: {
			modulePreload: false,
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's MDX modules carry a directive the bundler cannot keep; it is harmless and
				// printed once per content file, which buries real warnings.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	// No prefetching: on a metered connection, fetching pages nobody asked for costs money.
	prefetch: false,
	devToolbar: { enabled: false },
});
