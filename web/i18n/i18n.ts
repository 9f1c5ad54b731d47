/**
 * One i18next instance for the app. Texts load per language and namespace (common for every
 * page; content for outcomes and the picker; one per tree) and are validated at load; `lang`
 * and `dir` on <html> follow the language.
 */
import i18next, { type TFunction } from 'i18next';
import { textsSource } from '../content/data-addresses.ts';
import { ContentError, fetchData } from '../app/data-files.ts';
import { treeEntry } from '../app/manifest.ts';
import { LocaleFileSchema, type Language, type Languages } from './locale-schema.ts';

export const i18n = i18next.createInstance();

/**
 * Sets up i18next at once (initAsync: false: the language is set when this returns, so pages can
 * start fetching their texts while `common` is still on its way), then loads `common`.
 */
export function initI18n(languages: Languages, language: string): Promise<void> {
  void i18n.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: languages.languages.map((l) => l.code),
    ns: ['common'],
    defaultNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // Preact escapes
    returnNull: false,
    initAsync: false,
  });
  return loadNamespaces(language, ['common']);
}

/** Loads under way, by language and namespace: a page and its preload share one fetch. */
const pending = new Map<string, Promise<void>>();

async function loadNamespace(language: string, ns: string): Promise<void> {
  const file = textsSource(language, ns);
  // A tree's texts are addressed by the tree's hash (they are part of it).
  const parsed = LocaleFileSchema.safeParse(await fetchData(file, treeEntry(ns) ? ns : undefined));
  if (!parsed.success) throw new ContentError(`${file}: not a valid translation file`);
  i18n.addResourceBundle(language, ns, parsed.data);
}

export async function loadNamespaces(language: string, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !i18n.hasResourceBundle(language, ns))
      .map((ns) => {
        const key = `${language}/${ns}`;
        let load = pending.get(key);
        if (!load) {
          load = loadNamespace(language, ns).finally(() => pending.delete(key));
          pending.set(key, load);
        }
        return load;
      }),
  );
}

export async function changeLanguage(language: Language): Promise<void> {
  // The namespaces already used in the old language are needed in the new one too.
  await loadNamespaces(language.code, ['common', ...loadedNamespaces()]);
  await i18n.changeLanguage(language.code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

/**
 * The language to start in: ?lang= in the address, then the one chosen before, then the
 * browser's languages, then the source language.
 */
export function resolveLanguage(languages: Languages, search: string, stored: string | null, preferred: readonly string[]): Language {
  const shipped = languages.languages;
  const match = (code: string | null | undefined) =>
    code ? (shipped.find((l) => l.code === code) ?? shipped.find((l) => l.code === code.split('-')[0]!.toLowerCase())) : undefined;
  return (
    match(new URLSearchParams(search).get('lang')) ??
    match(stored) ??
    preferred.map(match).find(Boolean) ??
    shipped.find((l) => l.code === languages.source) ??
    shipped[0]!
  );
}

function loadedNamespaces(): string[] {
  const languages = Object.keys(i18n.store.data);
  return [...new Set(languages.flatMap((code) => Object.keys(i18n.store.data[code] ?? {})))];
}

export type { TFunction };
