/// <reference lib="webworker" />
/**
 * The service worker: the app shell, every tree, every language and all content are precached
 * at install, so a whole triage works offline after the first visit. A new version waits until
 * the app tells it that a session boundary has come (never mid-triage).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { htmlFileFor, PRERENDERED, SHELL_FILE } from './hosting/html-files.ts';

declare const self: ServiceWorkerGlobalScope;

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
