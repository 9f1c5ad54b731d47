/**
 * One i18next instance for the app. Texts load per language and namespace (common for every
 * page; content for outcomes and the picker; one per tree) and are validated at load; `lang`
 * and `dir` on <html> follow the language.
 */
import i18next, { type TFunction } from 'i18next';
import { textsSource } from '../app/content-urls.ts';
import { ContentError, fetchData, treeEntry } from '../app/data-files.ts';
import { LocaleFileSchema, type Language, type Languages } from './locale-schema.ts';

export const i18n = i18next.createInstance();

export async function initI18n(languages: Languages, language: string): Promise<void> {
  await i18n.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: languages.languages.map((l) => l.code),
    ns: ['common'],
    defaultNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // Preact escapes
    returnNull: false,
  });
  await loadNamespaces(language, ['common']);
}

export async function loadNamespaces(language: string, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !i18n.hasResourceBundle(language, ns))
      .map(async (ns) => {
        const file = textsSource(language, ns);
        // A tree's texts are addressed by the tree's hash (they are part of it).
        const parsed = LocaleFileSchema.safeParse(await fetchData(file, treeEntry(ns) ? ns : undefined));
        if (!parsed.success) throw new ContentError(`${file}: not a valid translation file`);
        i18n.addResourceBundle(language, ns, parsed.data);
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
