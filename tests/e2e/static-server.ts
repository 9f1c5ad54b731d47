/**
 * A small static server for tests that "deploy" a new build while a page is open: it serves
 * whichever folder it is pointed at, with the one-page-app fallback, like the real host.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { htmlFileFor } from '../../web/hosting/html-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

export interface SwitchableServer {
  readonly url: string;
  serve(folder: string): void;
  close(): Promise<void>;
}

export async function startServer(folder: string, port: number): Promise<SwitchableServer> {
  let root = folder;
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, htmlFileFor(path));
    // The service worker and the page must always be fetched fresh, as deploy/ says for real hosts.
    const fresh = file.endsWith('sw.js') || file.endsWith('.html');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': fresh ? 'no-cache' : 'max-age=31536000, immutable',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => void (root = next),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
