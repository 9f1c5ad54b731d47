/**
 * A `fetch` that answers exactly the /data/ addresses the build writes, from the source files
 * (a wrong hash or path is a 404, as on a real host). For places without a server: the
 * prerender at build time and the component tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataUrl } from '../content/data-addresses.ts';
import { PROJECT_ROOT } from './content-files.ts';
import { buildManifest } from './content-plugin.ts';

export function dataFetch(onRequest?: (path: string) => void): typeof fetch {
  const built = new Map(buildManifest().data.map(({ source, hash }) => [dataUrl(source, hash), source]));
  return async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname;
    onRequest?.(path);
    const source = built.get(path);
    if (!source) return new Response('not found', { status: 404 });
    return new Response(readFileSync(join(PROJECT_ROOT, source)), { headers: { 'content-type': 'application/json' } });
  };
}
