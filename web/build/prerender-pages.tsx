/**
 * Renders the static pages and the shell to HTML at build time (loaded through Vite's SSR module
 * loader by prerender-plugin.ts, so it sees the same modules as the browser). The app renders in
 * plain Node: it reads no window during render, runs on navigation in memory at the page's
 * address, and reads its texts from the source files. Effects do not run, so nothing is stored
 * and no service worker is registered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'preact-render-to-string';
import { languages } from '../app/manifest.ts';
import { textsSource } from '../content/data-addresses.ts';
import i18next, { type Resource } from 'i18next';
import { initI18n, type FetchTexts } from '../i18n/i18n.ts';
import { memoryNavigation } from '../navigation/memory-navigation.ts';
import { App } from '../ui/App.tsx';
import { LOAD_FAILED_ID, LoadFailure } from '../ui/pages/ErrorPage.tsx';
import { PROJECT_ROOT } from './content-files.ts';

export interface RenderedPage {
  readonly html: string;
  /** The page's heading, which the app also makes the document title. */
  readonly title: string;
}

/** The same texts the app fetches from /data/, read from the files they are built from. */
const sourceTexts: FetchTexts = async (language, namespace) => {
  const file = textsSource(language, namespace);
  return { file, data: JSON.parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as unknown };
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** The text of some rendered HTML (tags dropped, the entities preact-render-to-string writes decoded). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);

/** The page at `path` in the source language, as the app's first render shows it. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const language = languages.languages.find((l) => l.code === languages.source)!;
  await initI18n(languages, language.code, sourceTexts);
  const html = renderToString(
    <App navigation={memoryNavigation(path)} initialLanguage={language} languages={languages.languages} checkSaved />,
  );
  return { html, title: textOf(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? '') };
}

/** The languages the calm "could not load" page is built in: the source language, and English for everyone else. */
export const LOAD_FAILURE_LANGUAGES = ['nl', 'en'];

/**
 * The calm page for an app that cannot start (its texts did not load), in each of those languages,
 * hidden: the app shows the one in the person's language (showLoadFailure) where it would have rendered.
 */
export async function renderLoadFailures(): Promise<string> {
  const shipped = languages.languages.filter((l) => l.code === languages.source || LOAD_FAILURE_LANGUAGES.includes(l.code));
  // Its own i18next, with the texts read from their files: the app's instance is left as it was.
  const texts = i18next.createInstance();
  const resources: Record<string, { common: unknown }> = {};
  for (const { code } of shipped) resources[code] = { common: (await sourceTexts(code, 'common')).data };
  await texts.init({ resources: resources as Resource, lng: languages.source, fallbackLng: false, interpolation: { escapeValue: false } });
  const pages = shipped.map((language) => {
    const t = texts.getFixedT(language.code, 'common');
    return renderToString(<LoadFailure t={(key, options) => t(key, options ?? {})} language={language} />);
  });
  return `<div id="${LOAD_FAILED_ID}" hidden>${pages.join('')}</div>`;
}
