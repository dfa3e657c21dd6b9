// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { settings } from './src/settings.ts';

export default defineConfig({
	site: settings.url,
	base: settings.base,
	// Every page is a folder with an index.html, so links end in "/" on every static host.
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap()],
	// No module-preload helper: the search script's one dynamic import (Pagefind) must stay a plain import().
	vite: { plugins: [tailwindcss()], build: { modulePreload: false, assetsInlineLimit: 0 } },
	// No prefetching: on a metered connection, fetching pages nobody asked for costs money.
	prefetch: false,
	devToolbar: { enabled: false },
});
