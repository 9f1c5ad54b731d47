/**
 * Serves the built app (dist/) with Vite's own preview server on a loopback port, in this process.
 * Used by `npm run bench` and `npm run lighthouse`; the caller stops it. The project's
 * vite.config.ts is loaded as by `vite preview`, so its plugins' preview middleware (page addresses
 * answered as deploy/nginx.conf does, web/build/prerender-plugin.ts) applies.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { PROJECT_ROOT } from '../build/content-files.ts';

export const DIST = join(PROJECT_ROOT, 'dist');

/** Is there a build to serve? */
export function hasBuild(): boolean {
  return existsSync(join(DIST, 'index.html'));
}

export interface PreviewServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  readonly origin: string;
  stop(): Promise<void>;
}

/** Listen on 127.0.0.1:<port> (that port or fail, as `vite preview --strictPort`). */
export async function startPreview(port: number): Promise<PreviewServer> {
  const server = await preview({
    // The config file and root as the `npm run preview` script finds them, whatever the working folder.
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    root: join(PROJECT_ROOT, 'web'),
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  }).catch((error: unknown) => {
    throw new Error(`vite preview on port ${port} did not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
