/**
 * One i18next instance for the app. Texts load per language and namespace (common for every
 * page; content for outcomes and the picker; one per tree) through i18next's backend. Where the texts come from is the app's business (web/app/texts.ts), and the
 * page's `lang` and `dir` the UI's: this module only knows i18next.
 */
import i18next, { type TFunction } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import type { Language, Languages } from './locale-schema.ts';

/** One language's texts of one namespace, and the file they came from (named in errors). */
export type FetchTexts = (language: string, namespace: string) => Promise<{ readonly file: string; readonly data: unknown }>;

export const i18n = i18next.createInstance();

/** Why texts could not load, by "language|namespace"; the next load of that namespace tries again. */
const failures = new Map<string, Error>();

/**
 * Sets up i18next at once (initAsync: false: the language is set when this returns, so pages can
 * start fetching their texts while `common` is still on its way), then loads `common`.
 */
export function initI18n(languages: Languages, language: string, fetchTexts: FetchTexts): Promise<void> {
  failures.clear();
  void i18n
    .use(
      resourcesToBackend(async (lng: string, ns: string) => {
        try {
          // The build checked every translation file (locale-schema.ts); the fetcher proves this is one of them.
          const { file, data } = await fetchTexts(lng, ns);
          if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: not a translation file`);
          failures.delete(`${lng}|${ns}`);
          return data;
        } catch (error) {
          failures.set(`${lng}|${ns}`, error as Error);
          throw error;
        }
      }),
    )
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: languages.languages.map((l) => l.code),
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // Preact escapes
      returnNull: false,
      initAsync: false,
    });
  // Checked in `language`, not in `i18n.language`: after an earlier init (a test, another
  // language) that stays the old language until the new one's texts are in, and the old texts
  // would count as loaded. changeLanguage loads them and then switches.
  return ensure(language, ['common'], () => i18n.changeLanguage(language));
}

const missingIn = (language: string, namespaces: readonly string[]) => namespaces.filter((ns) => !i18n.hasResourceBundle(language, ns));

/** The first reason texts failed to load, as an error that names the file. */
function failureOf(language: string, namespaces: readonly string[]): Error {
  return failures.get(`${language}|${namespaces[0]}`) ?? new Error(`texts ${namespaces.join(', ')} (${language}) did not load`);
}

/**
 * Loads namespaces in a language with i18next's own `load` (which shares a load between a page and
 * its preload), and fetches again those that failed before: i18next does not retry them itself.
 */
async function ensure(language: string, namespaces: readonly string[], load: () => Promise<unknown>): Promise<void> {
  const missing = missingIn(language, namespaces);
  if (missing.length === 0) return;
  const failedBefore = missing.filter((ns) => failures.has(`${language}|${ns}`));
  await Promise.all([load(), failedBefore.length > 0 ? i18n.reloadResources([language], failedBefore) : undefined]);
  const failed = missingIn(language, missing);
  if (failed.length > 0) throw failureOf(language, failed);
}

/** Loads namespaces in the current language; throws the first failure, naming its file. */
export const loadNamespaces = (namespaces: readonly string[]): Promise<void> =>
  ensure(i18n.language, namespaces, () => i18n.loadNamespaces([...namespaces]));

export async function changeLanguage(language: Language): Promise<void> {
  // Every namespace in use loads in the new language before the switch, so no page shows keys.
  await ensure(language.code, i18n.options.ns as string[], () => i18n.loadLanguages(language.code));
  await i18n.changeLanguage(language.code);
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
