/**
 * Vite plugin: the start screen and the About page are readable before any JavaScript runs. At
 * build time they are rendered into index.html and about.html; every other address gets
 * shell.html (the header with the 112 link, and a calm "loading" line). The app then renders
 * over the same elements. Each file also carries, hidden, the calm page the app shows when it
 * cannot start because its texts do not load. `vite preview` answers navigations the way
 * deploy/nginx.conf does.
 */
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import { dataUrl, textsSource } from '../content/data-addresses.ts';
import { htmlFileFor, PRERENDERED, SHELL_FILE } from '../hosting/html-files.ts';
import { triagePath } from '../navigation/pages.ts';
import { PROJECT_ROOT } from './content-files.ts';
import { buildManifest } from './content-plugin.ts';
import type { RenderedPage } from './prerender-pages.tsx';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Any path that does not end in a file name is a page of the app. */
const isPagePath = (path: string) => !/\.[a-z0-9]+$/i.test(path);

/**
 * Load the renderer through Vite, so TSX, virtual modules and aliases work as in the app. Renders
 * the pages at `paths`, and the calm page for an app that cannot start (in Dutch and English).
 */
async function renderAll(paths: readonly string[]): Promise<{ pages: RenderedPage[]; loadFailure: string }> {
  // The project's own config, as a dev server (this plugin applies to builds only).
  const server = await createServer({
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
  });
  try {
    const renderer = join(PROJECT_ROOT, 'web', 'build', 'prerender-pages.tsx');
    const { renderPage, renderLoadFailures } = (await server.ssrLoadModule(renderer)) as typeof import('./prerender-pages.tsx');
    const pages: RenderedPage[] = [];
    for (const path of paths) pages.push(await renderPage(path));
    return { pages, loadFailure: await renderLoadFailures() };
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(): Plugin {
  return {
    name: 'wegwijzer-prerender',
    // Builds, and `vite preview` (which Vite runs as a 'serve' command).
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const template = bundle['index.html'];
      if (!template || template.type !== 'asset') return; // the service worker's own build
      const html = String(template.source);
      if (!html.includes('<div id="app"></div>')) this.error('index.html has no empty <div id="app"></div> to prerender into');
      const { manifest } = buildManifest();
      // The texts every page renders with: fetched while the entry script loads, not after it ran.
      const common = textsSource(manifest.languages.source, 'common');
      const preload = `<link rel="preload" href="${dataUrl(common, manifest.hashes[common]!)}" as="fetch" crossorigin>`;
      // Most addresses that get the shell are triage steps (or pages that share the triage code),
      // and all of them look for saved answers first: fetch that code with the entry, not after it.
      const shellModules = ['/ui/pages/TriagePage.tsx', '/app/saved-session.ts'];
      const shellFiles = new Set<string>();
      const collect = (fileName: string) => {
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk' || shellFiles.has(fileName)) return;
        shellFiles.add(fileName);
        chunk.imports.forEach(collect);
      };
      for (const module of shellModules) {
        const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(module));
        // A module that moved must not silently drop out of the shell's preloads.
        if (!chunk) this.error(`prerender: no chunk is built from ${module}; update the shell's preloads`);
        collect(chunk.fileName);
      }
      const shellPreloads = [...shellFiles]
        .filter((file) => !html.includes(`/${file}"`))
        .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
      // The shell is rendered at a triage step, as most of the addresses it answers are: the frame
      // and the loading line while saved answers are looked for (at an address that is no page of
      // the app, it would render "page not found", which shows at once).
      const targets = [...PRERENDERED, { path: triagePath(1), file: SHELL_FILE }];
      const { pages, loadFailure } = await renderAll(targets.map((target) => target.path));
      targets.forEach(({ file }, i) => {
        const page = pages[i]!;
        const source = html
          // The calm page for an app that cannot start stays outside the app's element: the app never renders over it.
          .replace('<div id="app"></div>', `<div id="app">${page.html}</div>\n    ${loadFailure}`)
          .replace(/<title>.*?<\/title>/s, `<title>${file === SHELL_FILE ? 'Wegwijzer' : escapeHtml(page.title)}</title>`)
          .replace('</head>', `\n    ${[preload, ...(file === SHELL_FILE ? shellPreloads : [])].join('\n    ')}\n  </head>`);
        if (file === 'index.html') template.source = source;
        else this.emitFile({ type: 'asset', fileName: file, source });
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview');
        if (request.method === 'GET' && isPagePath(url.pathname)) request.url = `/${htmlFileFor(url.pathname)}${url.search}`;
        next();
      });
    },
  };
}
