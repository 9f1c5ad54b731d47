/**
 * What nginx with deploy/nginx.conf answers, header by header: the security headers on every
 * response (also 404s and 304s, also inside locations), caching per kind of file, MIME types,
 * the prerendered pages and the shell for every other app address, and 404s for missing files.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { CSP_DIRECTIVES, expectSecurityHeaders } from './expected-headers.ts';
import { STATE_VARIABLE } from './global-setup.ts';
import { DIST, type RunningNginx } from './nginx.ts';

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const indexHtml = readFileSync(join(DIST, 'index.html'), 'utf8');
const shellHtml = readFileSync(join(DIST, 'shell.html'), 'utf8');
const aboutHtml = readFileSync(join(DIST, 'about.html'), 'utf8');
const asset = (pattern: RegExp) => {
  const found = indexHtml.match(pattern)?.[1];
  if (!found) throw new Error(`dist/index.html references no ${pattern}`);
  return found;
};
const SCRIPT = asset(/<script type="module"[^>]* src="(\/assets\/[\w.-]+\.js)"/);
const STYLE = asset(/<link rel="stylesheet"[^>]* href="(\/assets\/[\w.-]+\.css)"/);

function expectOne(response: APIResponse, status: number, type: RegExp, cacheControl: string) {
  const where = `${response.url()}`;
  expect(response.status(), where).toBe(status);
  expect(response.headers()['content-type'], where).toMatch(type);
  expect(response.headers()['cache-control'], where).toBe(cacheControl);
  expectSecurityHeaders(response);
}

const HTML = /^text\/html; charset=utf-8$/;
const JS = /^text\/javascript; charset=utf-8$/;

test('the start page: prerendered, never cached without revalidation, compressed', async ({ request }) => {
  const response = await request.get('/');
  expectOne(response, 200, HTML, NO_CACHE);
  expect(await response.text()).toBe(indexHtml);
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['vary']).toMatch(/Accept-Encoding/i);
  expectOne(await request.get('/index.html'), 200, HTML, NO_CACHE);
  expectOne(await request.get('/?lang=en'), 200, HTML, NO_CACHE);
});

test('the About page is its own prerendered page', async ({ request }) => {
  for (const path of ['/about', '/about?lang=en']) {
    const response = await request.get(path);
    expectOne(response, 200, HTML, NO_CACHE);
    expect(await response.text(), path).toBe(aboutHtml);
  }
});

test('a deep link gets the app shell, not the start page: 200 text/html, no-cache, all headers', async ({ request }) => {
  for (const path of ['/triage/keelpijn/3', '/triage/helpdesk-digitale-zorg?lang=nl', '/complaints', '/requests/repeat-prescription']) {
    const response = await request.get(path);
    expectOne(response, 200, HTML, NO_CACHE);
    expect(await response.text(), path).toBe(shellHtml);
  }
});

test('data files (trees, texts, practices) are immutable JSON under hashed names', async ({ request }) => {
  const common = /\/data\/i18n\/nl\/common\.[0-9a-f]{16}\.json/.exec(indexHtml)?.[0];
  expect(common, 'index.html preloads the common texts').toBeTruthy();
  expectOne(await request.get(common!), 200, /^application\/json; charset=utf-8$/, IMMUTABLE);
  expectOne(await request.get('/data/i18n/nl/common.0000000000000000.json'), 404, HTML, 'no-store');
});

test('hashed assets are immutable for a year, with the right type and gzip', async ({ request }) => {
  const script = await request.get(SCRIPT);
  expectOne(script, 200, JS, IMMUTABLE);
  expect(script.headers()['content-encoding']).toBe('gzip');
  expectOne(await request.get(STYLE), 200, /^text\/css; charset=utf-8$/, IMMUTABLE);
});

test('/sw.js is served fresh (no-cache) as JavaScript', async ({ request }) => {
  const response = await request.get('/sw.js');
  expectOne(response, 200, JS, NO_CACHE);
  expect(await response.text()).toBe(readFileSync(join(DIST, 'sw.js'), 'utf8'));
});

test('a missing asset is a 404, not the app shell, with every security header and no-store', async ({ request }) => {
  for (const path of [
    '/assets/nope.js',
    '/assets/index-00000000.css',
    '/icons/nope.png',
    '/nope.js',
    '/favicon.png',
    '/.git/config',
    '/.env',
  ]) {
    const response = await request.get(path);
    expectOne(response, 404, HTML, 'no-store');
    expect(await response.text(), path).not.toContain('<div id="app">');
  }
});

test('the manifest, icons and other root files: types and modest caching', async ({ request }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expectOne(manifest, 200, /^application\/manifest\+json(; charset=utf-8)?$/, NO_CACHE);
  expect(await manifest.json()).toMatchObject({ short_name: 'Wegwijzer', start_url: '/' });
  for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png', '/icons/apple-touch-icon-180.png'])
    expectOne(await request.get(icon), 200, /^image\/png$/, 'public, max-age=86400');
  expectOne(await request.get('/favicon.svg'), 200, /^image\/svg\+xml(; charset=utf-8)?$/, NO_CACHE);
  expectOne(await request.get('/robots.txt'), 200, /^text\/plain; charset=utf-8$/, NO_CACHE);
});

test('a revalidation (304) keeps the security headers', async ({ request }) => {
  const first = await request.get('/sw.js');
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get('/sw.js', { headers: { 'if-none-match': etag! } });
  expect(again.status()).toBe(304);
  expect(again.headers()['cache-control']).toBe(NO_CACHE);
  expectSecurityHeaders(again);
});

/** A raw request, for what a browser or Playwright would never send (a malformed request line). */
async function rawRequest(origin: string, request: string): Promise<{ status: number; headers: Record<string, string> }> {
  const { host, port } = new URL(origin);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect({ host: host.split(':')[0], port: Number(port) }, () => socket.end(request));
    let data = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data)).on('error', reject);
  });
  const [head = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers };
}

test('every error response is no-store with every security header: 400, 405, 414 and too large a header', async ({ request, baseURL }) => {
  // 414 and 400 are found while nginx still reads the request, before any `set` of the config runs.
  expectOne(await request.get(`/${'a'.repeat(9000)}`), 414, HTML, 'no-store');
  expectOne(await request.get('/', { headers: { 'x-long': 'a'.repeat(20_000) } }), 400, HTML, 'no-store');
  expectOne(await request.post('/', { data: 'x' }), 405, HTML, 'no-store');
  expectOne(await request.delete('/triage/keelpijn/3'), 405, HTML, 'no-store');
  const malformed = await rawRequest(baseURL!, 'NOT A REQUEST\r\n\r\n');
  expect(malformed.status).toBe(400);
  expect(malformed.headers['cache-control']).toBe('no-store');
  expect(malformed.headers['content-security-policy']).toBe(CSP_DIRECTIVES.join('; '));
  expect(malformed.headers['x-content-type-options']).toBe('nosniff');
  // The error page itself is no address of the site.
  expectOne(await request.get('/wegwijzer-error'), 404, HTML, 'no-store');
});

test('nginx reads deploy/nginx.conf without a single warning', () => {
  const running = JSON.parse(process.env[STATE_VARIABLE]!) as RunningNginx;
  const log = readFileSync(join(running.prefix, 'logs/error.log'), 'utf8');
  expect(log.split('\n').filter((line) => /\[(warn|error|crit|alert|emerg)\]/.test(line))).toEqual([]);
});
