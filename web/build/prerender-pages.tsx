/**
 * Renders the static pages and the shell to HTML at build time (loaded through Vite's SSR module
 * loader by prerender-plugin.ts, so it sees the same modules as the browser). The page runs in a
 * jsdom window at its own address, with content fetched from the source files; effects do not
 * run, so nothing is stored and no service worker is registered.
 */
import { JSDOM } from 'jsdom';
import { renderToString } from 'preact-render-to-string';
import { languages } from '../app/manifest.ts';
import { initTexts } from '../app/texts.ts';
import { memoryNavigation } from '../navigation/memory-navigation.ts';
import { App } from '../ui/App.tsx';
import { dataFetch } from './data-fetch.ts';

export interface RenderedPage {
  readonly html: string;
  /** The page's heading, which the app also makes the document title. */
  readonly title: string;
}

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'fetch'] as const;

/** The page at `path` in the source language, as the app's first render shows it. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const language = languages.languages.find((l) => l.code === languages.source)!;
  const dom = new JSDOM('<!doctype html>', { url: `https://prerender.invalid${path}` });
  const saved = BROWSER_GLOBALS.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  const values = { window: dom.window, document: dom.window.document, navigator: dom.window.navigator, fetch: dataFetch() };
  for (const name of BROWSER_GLOBALS) Object.defineProperty(globalThis, name, { value: values[name], configurable: true, writable: true });
  try {
    await initTexts(languages, language.code);
    const html = renderToString(
      <App navigation={memoryNavigation(path)} initialLanguage={language} languages={languages.languages} checkSaved />,
    );
    const title = dom.window.document.createElement('div');
    title.innerHTML = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? '';
    return { html, title: title.textContent ?? '' };
  } finally {
    BROWSER_GLOBALS.forEach((name, i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    });
    dom.window.close();
  }
}
