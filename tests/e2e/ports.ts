/**
 * The ports the browser suite serves on. Not 4173 (npm start); E2E_PORT moves them all, so a
 * second copy of the suite can run beside this one (tests/under-load.sh does).
 */
const base = Number(process.env.E2E_PORT ?? 4391);

export const PORTS = {
  /** The built app under `vite preview`. */
  app: base,
  /** A test's own static server that "deploys" a new build while a page is open. */
  deploy: base + 1,
  /** The static server of the release tests. */
  release: base + 2,
} as const;
