/**
 * Cold start of the built app in headless Chromium, for `npm run bench`: every measurement in a
 * fresh browser context (empty cache, new connections, service workers blocked), so it is the
 * first visit. Paint metrics come from the page's own Performance API, bytes and requests from
 * the Chrome DevTools Protocol.
 *
 * In-page code is passed as strings: tsx compiles functions with name helpers that do not exist
 * inside the page.
 */
import { chromium, devices, type Browser, type CDPSession, type Page } from '@playwright/test';

export interface Profile {
  readonly id: string;
  readonly label: string;
  /** CDP Network.emulateNetworkConditions; none: the loopback as it is. */
  readonly network?: { readonly latency: number; readonly downloadThroughput: number; readonly uploadThroughput: number };
  readonly cpuRate: number;
}

export const PROFILES: readonly Profile[] = [
  { id: 'fast', label: 'no throttling (loopback, this CPU)', cpuRate: 1 },
  {
    // DevTools' "Slow 3G": 2000 ms round trip, 400 kbit/s each way; a cheap phone is ~4x slower.
    id: 'slow',
    label: 'cheap phone, one bar: 2000 ms RTT, 400 kbit/s down and up, 4x CPU slowdown',
    network: { latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
    cpuRate: 4,
  },
];

export interface PageSpec {
  readonly id: string;
  readonly path: string;
  /** For the outcome: answer the first question after the load and time the step to the next screen. */
  readonly answer?: { readonly value: string; readonly button: string };
}

export const PAGES: readonly PageSpec[] = [
  { id: 'start', path: '/?lang=nl' },
  { id: 'question', path: '/triage/helpdesk-digitale-zorg?lang=nl' },
  { id: 'outcome', path: '/triage/helpdesk-digitale-zorg?lang=nl', answer: { value: 'no', button: 'Verder' } },
];

export interface ColdStart {
  /** Milliseconds from navigation start. */
  readonly fcp: number;
  readonly lcp: number;
  readonly dcl: number;
  readonly load: number;
  /** Bytes over the wire (CDP encodedDataLength: bodies as sent, plus headers), and decoded bodies. */
  readonly wireBytes: number;
  readonly bodyBytes: number;
  readonly requests: number;
  readonly failed: number;
  /** Outcome row only: click on the button until the next screen's heading is painted. */
  readonly stepMs?: number;
  /** Outcome row only: the heading shown after the step. */
  readonly heading?: string;
  readonly compressed: boolean;
}

const PAINT_METRICS = `new Promise((resolve) => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  let lcp = NaN;
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      if (entries.length) lcp = entries[entries.length - 1].startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  setTimeout(() => resolve({
    fcp: fcp ? fcp.startTime : NaN,
    lcp,
    dcl: nav ? nav.domContentLoadedEventEnd : NaN,
    load: nav ? nav.loadEventEnd : NaN,
  }), 100);
})`;

/**
 * Installed after the answer is chosen: a promise of the ms from the next click until the frame
 * after the heading changed. It ends in `true`: Playwright would wait for a promise it is given.
 */
const TIME_STEP = `window.__benchStep = new Promise((resolve) => {
  const before = document.querySelector('h1')?.textContent;
  let clicked = 0;
  document.addEventListener('click', () => { clicked = performance.now(); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('h1');
    if (!clicked || !heading || heading.textContent === before) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - clicked, heading: heading.textContent })));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  setTimeout(() => resolve({ ms: NaN, heading: '(no new heading within 60 s)' }), 60000);
});
true`;

/** Counts requests and bytes of one page, and knows when its network has gone quiet. */
function watchNetwork(cdp: CDPSession) {
  const http = new Map<string, boolean>();
  const inFlight = new Set<string>();
  const totals = { wireBytes: 0, bodyBytes: 0, requests: 0, failed: 0, compressed: false };
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    const isHttp = /^https?:/.test(e.request.url);
    http.set(e.requestId, isHttp);
    if (isHttp) inFlight.add(e.requestId);
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    const encoding = Object.entries(e.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
    if (encoding && encoding !== 'identity') totals.compressed = true;
  });
  cdp.on('Network.dataReceived', (e) => {
    if (http.get(e.requestId)) totals.bodyBytes += e.dataLength;
    lastActivity = Date.now();
  });
  const done = (requestId: string) => {
    inFlight.delete(requestId);
    lastActivity = Date.now();
  };
  cdp.on('Network.loadingFinished', (e) => {
    if (!http.get(e.requestId)) return;
    totals.wireBytes += e.encodedDataLength;
    totals.requests++;
    done(e.requestId);
  });
  cdp.on('Network.loadingFailed', (e) => {
    if (!http.get(e.requestId)) return;
    totals.requests++;
    totals.failed++;
    done(e.requestId);
  });
  /** Wait until nothing is in flight and nothing happened for `quietMs`. */
  const settle = async (quietMs = 500, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (inFlight.size === 0 && Date.now() - lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { totals, settle };
}

async function measureOnce(browser: Browser, origin: string, spec: PageSpec, profile: Profile): Promise<ColdStart> {
  const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
  try {
    const page: Page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    if (profile.cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
    const network = watchNetwork(cdp);

    await page.goto(origin + spec.path, { waitUntil: 'load', timeout: 120_000 });
    await page.locator('h1').first().waitFor({ timeout: 60_000 });
    await network.settle();
    const paint = (await page.evaluate(PAINT_METRICS)) as { fcp: number; lcp: number; dcl: number; load: number };

    let step: { ms: number; heading: string } | undefined;
    if (spec.answer) {
      await page.locator(`input[value="${spec.answer.value}"]`).first().check();
      await page.evaluate(TIME_STEP);
      await page.getByRole('button', { name: spec.answer.button }).click();
      step = (await page.evaluate('window.__benchStep')) as { ms: number; heading: string };
      await network.settle();
    }
    return { ...paint, ...network.totals, stepMs: step?.ms, heading: step?.heading };
  } finally {
    await context.close();
  }
}

export interface ColdStartRow {
  readonly page: PageSpec;
  readonly profile: Profile;
  /** Median of each figure over the runs. */
  readonly median: ColdStart;
  readonly runs: number;
}

const medianOf = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function measureColdStarts(
  origin: string,
  options: { runs: number; profiles?: readonly Profile[]; onRow?: (row: ColdStartRow) => void },
): Promise<{ rows: ColdStartRow[]; browserVersion: string }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic'],
  });
  try {
    const rows: ColdStartRow[] = [];
    for (const profile of options.profiles ?? PROFILES) {
      for (const spec of PAGES) {
        const results: ColdStart[] = [];
        for (let run = 0; run < options.runs; run++) results.push(await measureOnce(browser, origin, spec, profile));
        const pick = (key: keyof ColdStart) => medianOf(results.map((r) => (typeof r[key] === 'number' ? r[key] : NaN)));
        const median: ColdStart = {
          fcp: pick('fcp'),
          lcp: pick('lcp'),
          dcl: pick('dcl'),
          load: pick('load'),
          wireBytes: pick('wireBytes'),
          bodyBytes: pick('bodyBytes'),
          requests: pick('requests'),
          failed: pick('failed'),
          stepMs: spec.answer ? pick('stepMs') : undefined,
          heading: results[0]!.heading,
          compressed: results.some((r) => r.compressed),
        };
        const row = { page: spec, profile, median, runs: results.length };
        rows.push(row);
        options.onRow?.(row);
      }
    }
    return { rows, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
