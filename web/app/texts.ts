/** Where the app's texts come from: data files fetched per need, each proven by the digest in its address. */
import { textsSource } from '../content/data-addresses.ts';
import { resolveKey, treeTextKeys } from '../engine/text-keys.ts';
import type { Tree } from '../engine/tree-schema.ts';
import { i18n, initI18n, type FetchTexts } from '../i18n/i18n.ts';
import type { Languages } from '../i18n/locale-schema.ts';
import { ContentError, fetchData } from './data-files.ts';

export const fetchTexts: FetchTexts = async (language, namespace) => {
  const file = textsSource(language, namespace);
  return { file, data: await fetchData(file) };
};

/** Sets up i18next with the app's texts in `language`, and loads the common ones. */
export const initTexts = (languages: Languages, language: string): Promise<void> => initI18n(languages, language, fetchTexts);

/**
 * A guard for what got past the build (a mixed-up deploy, a file from another release): a tree
 * whose texts in the current language lack a key it shows is refused, naming the tree and the
 * key, so the person sees the calm error page with the phone route, never a raw key as a question.
 */
export function assertTreeTexts(tree: Tree): void {
  const missing = treeTextKeys(tree).find((key) => {
    const { ns, key: local } = resolveKey(tree, key);
    return !i18n.exists(local, { ns });
  });
  if (missing) throw new ContentError(`${textsSource(i18n.language, tree.id)}: the text "${missing}" of ${tree.id} is missing`);
}
