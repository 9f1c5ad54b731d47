import { useEffect, useState } from 'preact/hooks';
import { loadNamespaces } from '../../i18n/i18n.ts';
import { useI18n } from './i18n-context.tsx';

/** Loads the texts of some trees in the current language; true once they are there. */
export function useTreeTexts(treeIds: readonly string[]): boolean {
  const { language } = useI18n();
  const key = `${language.code}|${treeIds.join(',')}`;
  const [loaded, setLoaded] = useState<string | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  useEffect(() => {
    let live = true;
    loadNamespaces(treeIds).then(
      () => live && setLoaded(key),
      (error: Error) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [key]); // deps: key covers both inputs
  if (failure) throw failure; // the error boundary shows a calm page with phone numbers
  return loaded === key;
}
