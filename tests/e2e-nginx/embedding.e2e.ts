/**
 * frame-ancestors: the app may be framed by itself and, once configured as deploy/README.md
 * says, by a practice's own site; any other site gets a blocked frame. The "other sites" are
 * tiny Node servers on further loopback ports (another port is another origin).
 */
import { createServer, type Server } from 'node:http';
import { expectSecurityHeaders } from './expected-headers.ts';
import { expectClean, expect, test, type Watch } from './fixtures.ts';
import { freePort, ORIGIN, startNginx, stopNginx } from './nginx.ts';
import type { Page } from '@playwright/test';

const START_HEADING = 'Waarmee kunnen we je helpen?';

interface Site {
  readonly origin: string;
  close(): Promise<void>;
}

/** A stand-in for some website: /frame?src=<url> is a page that embeds <url>; /plain is a page without any policy. */
async function startSite(name: string): Promise<Site> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    const src = url.searchParams.get('src') ?? '';
    const escape = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const body =
      url.pathname === '/frame'
        ? `<!doctype html><title>${name}</title><h1>${name}</h1><iframe id="embedded" title="Wegwijzer" src="${escape(src)}" width="400" height="600"></iframe>`
        : `<!doctype html><title>plain</title><h1>Plain page of ${name}</h1>`;
    if (url.pathname !== '/frame' && url.pathname !== '/plain') {
      response.writeHead(204).end(); // e.g. /favicon.ico: no console error of the site's own
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const framePage = (site: Site, src: string) => `${site.origin}/frame?src=${encodeURIComponent(src)}`;

/** The embedded frame ends up on Chromium's error page, the app never runs in it, and the console says why. */
async function expectFrameBlocked(page: Page, watch: Watch, appOrigin: string, since = { pageRequests: 0, consoleErrors: 0 }) {
  await expect
    .poll(() => watch.consoleErrors.slice(since.consoleErrors).find((line) => line.includes('frame-ancestors')), {
      message: 'Chromium reports the frame-ancestors block',
    })
    .toMatch(new RegExp(`^(Refused to frame|Framing) '${appOrigin}/.*frame-ancestors`));
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('#embedded').getByRole('heading', { name: START_HEADING })).toHaveCount(0);
  // The document was fetched and refused: the frame requested not one script, style or worker of the app.
  // (Page requests only: the practice test leaves a service worker of the app precaching.)
  expect(
    watch.pageRequests.slice(since.pageRequests).filter((url) => url.startsWith(`${appOrigin}/`) && !url.startsWith(`${appOrigin}/?`)),
  ).toEqual([]);
}

test('same origin may frame the app', async ({ page, watch }) => {
  await page.goto('/?lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'embedded';
    frame.src = '/?lang=nl';
    document.body.append(frame);
  });
  await expect(page.frameLocator('#embedded').getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
  expectClean(watch);
});

test('another site cannot frame the app (frame-ancestors), though it can frame a page without the policy', async ({ page, watch }) => {
  const site = await startSite('Andere site');
  const unprotected = await startSite('Derde site');
  watch.allowOrigin(site.origin);
  watch.allowOrigin(unprotected.origin);
  try {
    // Control: this harness frames a cross-origin page fine.
    await page.goto(framePage(site, `${unprotected.origin}/plain`));
    await expect(page.frameLocator('#embedded').getByRole('heading', { level: 1 })).toHaveText('Plain page of Derde site');

    await page.goto(framePage(site, `${ORIGIN}/?lang=nl`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Andere site');
    await expectFrameBlocked(page, watch, ORIGIN);
  } finally {
    await site.close();
    await unprotected.close();
  }
});

test('a practice site added to frame-ancestors (as deploy/README.md says) may frame it; others still may not', async ({
  page,
  request,
  watch,
}) => {
  const practice = await startSite('Praktijk De Linde');
  const other = await startSite('Andere site');
  // The host's own line after the include, exactly as in deploy/README.md.
  const nginx = await startNginx({
    port: await freePort(),
    extraServerLines: [`set $wegwijzer_frame_ancestors "'self' ${practice.origin}";`],
  });
  for (const origin of [practice.origin, other.origin, nginx.origin]) watch.allowOrigin(origin);
  try {
    expectSecurityHeaders(await request.get(`${nginx.origin}/`), `'self' ${practice.origin}`);
    expectSecurityHeaders(await request.get(`${nginx.origin}/assets/nope.js`), `'self' ${practice.origin}`);
    // Also an error nginx gives before it has read the whole request (414): the host's line holds there too.
    const tooLong = await request.get(`${nginx.origin}/${'a'.repeat(9000)}`);
    expect(tooLong.status()).toBe(414);
    expectSecurityHeaders(tooLong, `'self' ${practice.origin}`);

    await page.goto(framePage(practice, `${nginx.origin}/?lang=nl`));
    await expect(page.frameLocator('#embedded').getByRole('heading', { level: 1 })).toHaveText(START_HEADING);
    expectClean(watch);

    const since = { pageRequests: watch.pageRequests.length, consoleErrors: watch.consoleErrors.length };
    await page.goto(framePage(other, `${nginx.origin}/?lang=nl`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Andere site');
    await expectFrameBlocked(page, watch, nginx.origin, since);
  } finally {
    await stopNginx(nginx);
    await practice.close();
    await other.close();
  }
});
