/** Where the app's texts come from: hashed data files, fetched per need (a tree's texts by the tree's hash). */
import { textsSource } from '../content/data-addresses.ts';
import { initI18n, type FetchTexts } from '../i18n/i18n.ts';
import type { Languages } from '../i18n/locale-schema.ts';
import { fetchData } from './data-files.ts';
import { treeEntry } from './manifest.ts';

export const fetchTexts: FetchTexts = async (language, namespace) => {
  const file = textsSource(language, namespace);
  return { file, data: await fetchData(file, treeEntry(namespace) ? namespace : undefined) };
};

/** Sets up i18next with the app's texts in `language`, and loads the common ones. */
export const initTexts = (languages: Languages, language: string): Promise<void> => initI18n(languages, language, fetchTexts);
