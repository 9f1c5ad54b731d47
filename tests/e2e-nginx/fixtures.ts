/**
 * `test` for every browser test of this suite: it records, for the whole browser context,
 * every request, every CSP violation (the page's own `securitypolicyviolation` events), console
 * errors and uncaught page errors. After each test it asserts that no request left the nginx
 * origin (plus origins a test declares, such as the embedding test's own pages).
 */
import { untilControlled } from '../e2e/service-worker.ts';
import { expect, test as base } from '@playwright/test';
import { ORIGIN } from './nginx.ts';

export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
  readonly sample: string;
  readonly document: string;
}

export interface Watch {
  /** Every request URL, from pages, frames and service workers. */
  readonly requests: string[];
  /** The same, without those a service worker made. */
  readonly pageRequests: string[];
  readonly violations: Violation[];
  readonly consoleErrors: string[];
  /** Console warnings about the response headers (e.g. a Permissions-Policy feature Chromium does not know). */
  readonly headerWarnings: string[];
  readonly pageErrors: string[];
  /** Requests that failed because a policy blocked them (net::ERR_BLOCKED_BY_…). */
  readonly blockedRequests: string[];
  /** Another origin this test loads on purpose (never the app's own doing). */
  allowOrigin(origin: string): void;
}

const BINDING = '__wegwijzerCspViolation';

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ context }, use, testInfo) => {
      const allowed = new Set([ORIGIN]);
      const watch: Watch = {
        requests: [],
        pageRequests: [],
        violations: [],
        consoleErrors: [],
        headerWarnings: [],
        pageErrors: [],
        blockedRequests: [],
        allowOrigin: (origin) => void allowed.add(origin),
      };
      await context.exposeBinding(BINDING, (_source, violation: Violation) => void watch.violations.push(violation));
      await context.addInitScript((binding) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (violation: Violation) => void>)[binding];
          report?.({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: event.sourceFile,
            line: event.lineNumber,
            sample: event.sample,
            document: event.documentURI,
          });
        });
      }, BINDING);
      context.on('request', (request) => {
        watch.requests.push(request.url());
        if (!request.serviceWorker()) watch.pageRequests.push(request.url());
      });
      context.on('requestfailed', (request) => {
        if (/BLOCKED/.test(request.failure()?.errorText ?? ''))
          watch.blockedRequests.push(`${request.url()} ${request.failure()?.errorText}`);
      });
      context.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(`${message.text()} @ ${message.location().url}`);
        if (message.type() === 'warning' && /Policy|Cross-Origin|header/i.test(message.text())) watch.headerWarnings.push(message.text());
      });
      context.on('weberror', (error) => void watch.pageErrors.push(String(error.error())));

      await use(watch);

      await testInfo.attach('requests', { body: watch.requests.join('\n'), contentType: 'text/plain' });
      const foreign = watch.requests.filter((url) => !allowed.has(new URL(url).origin));
      expect(foreign, `every request goes to ${[...allowed].join(' or ')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** No CSP violation, no blocked request, no console error or header warning, no uncaught error so far. */
export function expectClean(watch: Watch): void {
  expect(watch.violations, 'securitypolicyviolation events').toEqual([]);
  expect(watch.blockedRequests, 'requests blocked by a policy').toEqual([]);
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.headerWarnings, 'console warnings about the headers').toEqual([]);
  expect(watch.pageErrors, 'uncaught errors').toEqual([]);
}

export { untilControlled };
