/// <reference lib="webworker" />
/**
 * The service worker: the app shell, every tree, every language and all content are precached
 * at install, so a whole triage works offline after the first visit. A new version waits until
 * the app tells it that a session boundary has come (never mid-triage).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every address is a step of the one-page app: answer navigations with the cached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control at once (there is no older version to protect).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
