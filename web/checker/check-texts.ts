/**
 * The checker's rules for translations: every shipped language has exactly the keys of the source
 * language, none empty, none left untranslated, the same placeholders; tree namespaces hold only
 * texts their tree uses.
 */
import { textsSource } from '../content/data-addresses.ts';
import type { ContentSet, Problem } from './content-set.ts';

/** i18next context suffix for the practice-staff voice of a text. */
export const STAFF_SUFFIX = '_staff';

/** The file a namespace's texts live in, also when it does not exist yet. */
export function textFile(set: ContentSet, language: string, ns: string): string {
  const known = set.textFiles[language]?.[ns];
  return known ?? textsSource(language, ns);
}

/** Every language has exactly the keys of the source language, none empty, same placeholders. */
export function checkTexts(set: ContentSet, usedKeys: Map<string, Set<string>>, problems: Problem[]): void {
  const source = set.texts[set.sourceLanguage] ?? {};
  const placeholders = (text: string) =>
    [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  for (const [language, namespaces] of Object.entries(set.texts)) {
    const names = new Set([...Object.keys(source), ...Object.keys(namespaces)]);
    for (const ns of names) {
      const file = textFile(set, language, ns);
      const here = namespaces[ns] ?? {};
      const there = source[ns] ?? {};
      for (const key of Object.keys(there)) {
        if (here[key] === undefined)
          problems.push({ file, path: `$.${key}`, message: `missing: every shipped language needs this key (from ${set.sourceLanguage})` });
        else if (placeholders(here[key]) !== placeholders(there[key]!)) {
          problems.push({
            file,
            path: `$.${key}`,
            message: `placeholders differ from ${set.sourceLanguage}: {{${placeholders(there[key]!)}}}`,
          });
        }
      }
      for (const [key, text] of Object.entries(here)) {
        if (there[key] === undefined)
          problems.push({ file, path: `$.${key}`, message: `not in ${set.sourceLanguage}: remove it or add it there first` });
        if (text.trim() === '') problems.push({ file, path: `$.${key}`, message: 'empty text' });
        // A sentence left untranslated: the same words of three or more in another language.
        if (language !== set.sourceLanguage && text === there[key] && text.trim().split(/\s+/).length >= 3) {
          problems.push({ file, path: `$.${key}`, message: `same text as in ${set.sourceLanguage}: not translated?` });
        }
      }
    }
  }
  // Tree namespaces hold only texts their tree uses (a staff variant counts with its base key).
  for (const [ns, keys] of usedKeys) {
    for (const key of Object.keys(source[ns] ?? {})) {
      const base = key.endsWith(STAFF_SUFFIX) ? key.slice(0, -STAFF_SUFFIX.length) : key;
      if (!keys.has(base))
        problems.push({
          file: textFile(set, set.sourceLanguage, ns),
          path: `$.${key}`,
          message: 'not used by the tree: remove it',
        });
    }
  }
}
