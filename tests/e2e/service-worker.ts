import type { Page } from '@playwright/test';

/**
 * Wait until the service worker is activated and controls the page: `ready` can resolve while
 * the worker is still activating, and only a controlled page is served from the cache.
 */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated')
      await new Promise((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done(null)));
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}
