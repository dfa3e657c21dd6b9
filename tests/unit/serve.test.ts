/** The static server the PDF maker and the benchmark use (scripts/serve.mjs, sirv): it stays inside its folder and survives bad addresses. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../scripts/serve.mjs';

/** Sends the path exactly as written (fetch would normalise it). */
const get = (origin: string, path: string) =>
	new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
		const { hostname, port } = new URL(origin);
		request({ hostname, port, path }, (response) => {
			let body = '';
			response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body, type: String(response.headers['content-type']) }));
		})
			.on('error', reject)
			.end();
	});

describe.each(['/', '/many-roles/'])('serveDir from %s', (base) => {
	const folder = mkdtempSync(join(tmpdir(), 'serve-'));
	const site = join(folder, 'dist');
	let server: import('node:http').Server;
	let origin: string;

	beforeAll(async () => {
		mkdirSync(join(site, 'roles'), { recursive: true });
		writeFileSync(join(folder, 'secret.txt'), 'secret');
		writeFileSync(join(site, 'roles', 'index.html'), '<p>roles</p>');
		writeFileSync(join(site, '404.html'), '<p>not here</p>');
		({ server, origin } = await serveDir(site, base));
	});
	afterAll(() => {
		server.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('serves a page under its base folder', async () => {
		expect(await get(origin, `${base}roles/`)).toMatchObject({ status: 200, body: '<p>roles</p>', type: expect.stringMatching(/^text\/html/) });
	});

	it('never serves a file outside its folder', async () => {
		for (const path of ['..%2Fsecret.txt', '../secret.txt', '%2e%2e/secret.txt', '%2e%2e%2fsecret.txt', '..%5Csecret.txt', 'roles/..%2F..%2Fsecret.txt'].map((p) => base + p)) {
			const answer = await get(origin, path);
			expect(answer.status, path).toBe(404);
			expect(answer.body, path).not.toContain('secret');
		}
	});

	it('answers a malformed address with its 404 page and keeps running', async () => {
		expect(await get(origin, `${base}%E0%A4%A`)).toMatchObject({ status: 404, body: '<p>not here</p>' });
		expect(await get(origin, '/%E0%A4%A')).toMatchObject({ status: 404 });
		expect((await get(origin, `${base}roles/`)).status).toBe(200);
	});
});
