/**
 * Component tests fetch content the way the app does: from hashed /data/ addresses. This answers
 * exactly the addresses the build writes (a wrong hash or path is a 404, as on a real host).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { dataUrl } from '../../web/content/data-addresses.ts';
import { PROJECT_ROOT } from '../../web/build/content-files.ts';
import { buildManifest } from '../../web/build/content-plugin.ts';

const built = new Map(buildManifest().data.map(({ source, hash }) => [dataUrl(source, hash), source]));

/** The paths fetched since serveData() was called: tests can check what a page asked for. */
export const requested: string[] = [];

export function serveData(): void {
  requested.length = 0;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname;
    requested.push(path);
    const source = built.get(path);
    if (!source) return new Response('not found', { status: 404 });
    return new Response(readFileSync(join(PROJECT_ROOT, source)), { headers: { 'content-type': 'application/json' } });
  });
}
