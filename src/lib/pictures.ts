/**
 * Draws the site's pictures (OpenMoji, src/schemas/picture.ts) as inline SVG at build time, from
 * the `openmoji` package in node_modules: nothing is copied by hand and nothing is fetched.
 *
 * OpenMoji's files carry layer ids (`id="emoji"`, `id="color"`…), empty layers and stroke settings
 * repeated on shapes that have no stroke. Ids would clash when two pictures share a page, and the
 * rest is bytes every reader downloads, so svgo removes them and rounds the coordinates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { optimize, type Config } from 'svgo';
import { pictureCodes, type PictureName } from '../schemas/picture';

export interface PictureSvg {
	viewBox: string;
	/** The SVG's inner markup, without ids. */
	body: string;
}

const require = createRequire(import.meta.url);
let folder: string | undefined;
/** The package's colour SVG folder, found through Node's resolver so it works from any working folder. */
function svgFolder(): string {
	folder ??= join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
	return folder;
}

/**
 * svgo's default preset (the optimiser Astro itself uses for SVG), in one pass, at one decimal place: OpenMoji
 * draws on a 72-unit grid, so a tenth of a unit is far below a pixel at the sizes shown, and svgo
 * rewrites path data with a real parser, so compact forms (arc flags run together, numbers that
 * start with a point) stay valid. Ids are removed, not just shortened: the same picture may be on
 * a page twice, and ids would clash.
 */
const svgoConfig: Config = {
	// One pass: repeating the passes until nothing changes took four times as long (about a tenth
	// of the real site's build, measured with `node --cpu-prof`) to save 1% of the pictures' bytes.
	multipass: false,
	floatPrecision: 1,
	plugins: [{ name: 'preset-default', params: { overrides: { cleanupIds: { remove: true, minify: false } } } }, 'removeDimensions'],
};

/** The optimisation, apart from reading the file, so it can be tested on a small SVG. */
export function optimiseSvg(svg: string): PictureSvg {
	const optimised = optimize(svg, svgoConfig).data;
	const viewBox = /viewBox="([^"]+)"/.exec(optimised)?.[1] ?? '0 0 72 72';
	const body = (/<svg\b[^>]*>([\s\S]*)<\/svg>/.exec(optimised)?.[1] ?? '').replace(/\s(?:id|class)="[^"]*"/g, '');
	return { viewBox, body };
}

const cache = new Map<PictureName, PictureSvg>();

/** A picture by name, optimised; fails the build naming the picture if its file is missing. */
export function pictureSvg(name: PictureName): PictureSvg {
	let picture = cache.get(name);
	if (!picture) {
		const code = pictureCodes[name];
		if (!code) throw new Error(`unknown picture "${name}": add it to src/schemas/picture.ts`);
		let svg: string;
		try {
			svg = readFileSync(join(svgFolder(), `${code}.svg`), 'utf8');
		} catch {
			throw new Error(`picture "${name}" (OpenMoji ${code}) is not in node_modules/openmoji/color/svg: check the hexcode in src/schemas/picture.ts`);
		}
		cache.set(name, (picture = optimiseSvg(svg)));
	}
	return picture;
}

/** The id of a picture's <symbol> on a page that draws it more than once (PictureSprite). */
export const symbolId = (name: PictureName) => `picture-${name}`;

/** Where the pictures come from, for credits (the about page, every Easy Read page and handout). */
export const pictureSet = {
	name: 'OpenMoji',
	url: 'https://openmoji.org/',
	licence: 'CC BY-SA 4.0',
	licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
} as const;
