/// <reference lib="webworker" />
/**
 * The service worker: the app shell, every tree, every language and all content are precached
 * at install, so a whole triage works offline after the first visit. A new version waits until
 * the app tells it that a session boundary has come (never mid-triage).
 *
 * A release cannot break a device: every data file's address carries the digest of its bytes,
 * and a file that arrives otherwise (truncated, damaged, changed) is refused. The refusal fails
 * the install, so the new version never takes over and every tab keeps the last good one; its
 * caches stay until a complete, verified version replaces them.
 */
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { digestOf, promisedDigest } from './content/data-addresses.ts';
import { htmlFileFor, PRERENDERED, SHELL_FILE } from './hosting/html-files.ts';

declare const self: ServiceWorkerGlobalScope;

addPlugins([
  {
    async cacheWillUpdate({ request, response }) {
      const promised = promisedDigest(new URL(request.url).pathname);
      if (!promised || !response.ok) return response;
      return (await digestOf(await response.clone().text())) === promised ? response : null;
    },
  },
]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every address is a page of the app: the start screen and About page come prerendered, every
// other address gets the shell (the same choice as deploy/nginx.conf).
const pages = new Map([...PRERENDERED.map((page) => page.file), SHELL_FILE].map((file) => [file, createHandlerBoundToURL(`/${file}`)]));
registerRoute(new NavigationRoute((options) => pages.get(htmlFileFor(options.url.pathname))!(options)));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once (there is no older version to protect).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
