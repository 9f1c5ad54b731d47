import { useEffect, useState } from 'preact/hooks';
import { assertTreeTexts } from '../../app/texts.ts';
import type { Tree } from '../../engine/tree-schema.ts';
import { loadNamespaces } from '../../i18n/i18n.ts';
import { useI18n } from './i18n-context.tsx';

/**
 * Loads the texts of some trees in the current language; true once they are there. A tree whose
 * texts lack a key it shows is refused here, so a raw key never reaches the screen.
 */
export function useTreeTexts(
  /** The same array from render to render (memoised by the caller), else the texts are checked again each time. */
  trees: readonly Tree[],
): boolean {
  const { language } = useI18n();
  const ids = trees.map((tree) => `${tree.id}@${tree.version}`).join(',');
  const key = `${language.code}|${ids}`;
  const [loaded, setLoaded] = useState<string | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  useEffect(() => {
    let live = true;
    loadNamespaces(trees.map((tree) => tree.id))
      .then(() => trees.forEach(assertTreeTexts))
      .then(
        () => live && setLoaded(key),
        (error: Error) => live && setFailure(error),
      );
    return () => {
      live = false;
    };
  }, [key, trees]);
  // The error boundary shows a calm page with phone numbers; its "Probeer opnieuw" mounts the
  // page anew, and i18next fetches a namespace that failed before again.
  if (failure) throw failure;
  return loaded === key;
}
