import { useEffect, useState } from 'preact/hooks';
import { loadNamespaces } from '../../i18n/i18n.ts';
import { useI18n } from './i18n-context.tsx';

/** Loads the texts of some trees in the current language; true once they are there. */
export function useTreeTexts(treeIds: readonly string[]): boolean {
  const { language } = useI18n();
  // Strings, not the array: callers may pass a new array with the same trees on every render.
  const ids = treeIds.join(',');
  const key = `${language.code}|${ids}`;
  const [loaded, setLoaded] = useState<string | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  useEffect(() => {
    let live = true;
    loadNamespaces(ids ? ids.split(',') : []).then(
      () => live && setLoaded(key),
      (error: Error) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [key, ids]);
  if (failure) throw failure; // the error boundary shows a calm page with phone numbers
  return loaded === key;
}
