/**
 * Which HTML file answers a navigation: a fact about hosting, shared by the build (what to
 * prerender), the service worker (what to serve offline), `vite preview`, the test servers and
 * nginx (deploy/README.md). Pages that show no answers are prerendered; every other address gets
 * the shell, and the app renders the page there.
 */
export const PRERENDERED = [
  { path: '/', file: 'index.html' },
  { path: '/about', file: 'about.html' },
] as const;
export const SHELL_FILE = 'shell.html';

/** The file that answers a navigation (for hosts, the service worker and test servers alike). */
export const htmlFileFor = (path: string): string => PRERENDERED.find((page) => page.path === path)?.file ?? SHELL_FILE;

/** Addresses whose page is prerendered: they show no answers, and show before saved answers are looked for. */
export const isPrerendered = (path: string): boolean => PRERENDERED.some((page) => page.path === path);
