/**
 * One i18next instance for the app. Texts load per language and namespace (common, content,
 * one per tree) and are validated at load; `lang` and `dir` on <html> follow the language.
 */
import i18next, { type TFunction } from 'i18next';
import { LocaleFileSchema, type Language, type Languages } from './locale-schema.ts';

const localeFiles = import.meta.glob<unknown>('../../i18n/*/**/*.json', { import: 'default' });

export const i18n = i18next.createInstance();

export async function initI18n(languages: Languages, language: string): Promise<void> {
  await i18n.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: languages.languages.map((l) => l.code),
    ns: ['common', 'content'],
    defaultNS: 'common',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // Preact escapes
    returnNull: false,
  });
  await loadNamespaces(language, ['common', 'content']);
}

function fileFor(language: string, ns: string): string {
  return ns === 'common' || ns === 'content' ? `../../i18n/${language}/${ns}.json` : `../../i18n/${language}/trees/${ns}.json`;
}

export async function loadNamespaces(language: string, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !i18n.hasResourceBundle(language, ns))
      .map(async (ns) => {
        const file = fileFor(language, ns);
        const load = localeFiles[file];
        if (!load) throw new Error(`${file.slice(6)}: missing`);
        const parsed = LocaleFileSchema.safeParse(await load());
        if (!parsed.success) throw new Error(`${file.slice(6)}: not a valid translation file`);
        i18n.addResourceBundle(language, ns, parsed.data);
      }),
  );
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadNamespaces(language.code, ['common', 'content']);
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

export type { TFunction };
