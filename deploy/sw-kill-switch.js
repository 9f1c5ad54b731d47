/*
 * Kill switch: retires Wegwijzer's service worker on every device that has it.
 * Deploy this file AS /sw.js (replacing the built one) only when the service worker itself must
 * go, e.g. after a broken release that keeps serving itself from cache. See README.md.
 * Browsers fetch /sw.js fresh (it must be served with Cache-Control: no-cache), find this
 * version, install it, and it removes all caches and itself, then reloads open pages from
 * the network.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.map((key) => caches.delete(key)));
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: 'window' });
      // Not mid-triage-safe by design: this is for emergencies only; pages reload from the server.
      await Promise.all(pages.map((page) => page.navigate(page.url)));
    })(),
  );
});
