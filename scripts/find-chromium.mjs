/**
 * Finds a Chromium for the browser tests (and, later, for printing PDFs), in this order:
 * CHROME_PATH, a browser Playwright downloaded, the system's chromium. Where none is found and
 * we are root on Debian/Ubuntu (as on CI), it installs Debian's `chromium` package; otherwise it
 * stops with a one-line instruction. Plain JavaScript so it runs before anything is compiled.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that keep Chromium quiet on a machine whose only network is the package registries. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

async function playwrightBrowser() {
	try {
		const { chromium } = await import('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function onPath() {
	const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome'], { encoding: 'utf8' });
	const path = found.stdout.trim().split('\n')[0];
	return path && existsSync(path) ? path : undefined;
}

/** Returns the path of a Chromium binary, installing Debian's package when allowed and possible. */
export async function findChromium({ install = false, log = console.error } = {}) {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
	}
	const found = (await playwrightBrowser()) ?? systemPaths.find((p) => existsSync(p)) ?? onPath();
	if (found) return found;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
	if (install && isRoot && hasApt) {
		log("No Chromium found: installing Debian's chromium package (about 30 seconds)…");
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		const installed = systemPaths.find((p) => existsSync(p)) ?? onPath();
		if (installed) return installed;
	}
	throw new Error('No Chromium found: install one (e.g. `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary, then run the tests again.');
}

// `node scripts/find-chromium.mjs [--install]` prints the path, for scripts and people.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	findChromium({ install: process.argv.includes('--install') })
		.then((path) => console.log(path))
		.catch((error) => {
			console.error(error.message);
			process.exit(1);
		});
}
