/**
 * A `fetch` that answers exactly the /data/ addresses the build writes, with the bytes the build
 * writes (a wrong hash or path is a 404, as on a real host). For places without a server: the
 * component tests.
 */
import { dataUrl } from '../content/data-addresses.ts';
import { buildManifest } from './content-plugin.ts';

export function dataFetch(onRequest?: (path: string) => void): typeof fetch {
  const built = new Map(buildManifest().data.map(({ source, hash, bytes }) => [dataUrl(source, hash), bytes]));
  return async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname;
    onRequest?.(path);
    const bytes = built.get(path);
    if (bytes === undefined) return new Response('not found', { status: 404 });
    return new Response(bytes, { headers: { 'content-type': 'application/json' } });
  };
}
