import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n, loadNamespaces } from '../../i18n/i18n.ts';
import { useI18n } from './i18n-context.tsx';
import { Loading } from './Loading.tsx';

export type LazyPage<P extends object> = ComponentType<P> & {
  /** Start loading now (e.g. while the app itself starts), so the page is there when it is shown. */
  preload(): Promise<unknown>;
};

/**
 * A page whose code, and the text namespaces it needs beyond `common`, load when it is first
 * shown, so the start screen does not carry them. A failed load (e.g. offline before the app
 * was cached) reaches the error boundary's calm page, whose "Probeer opnieuw" mounts the page
 * anew: code and texts are then fetched again.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly string[] = []): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const loadCode = () => {
    if (pending) return pending;
    const attempt = load().then((component) => (loaded = component));
    // A failed load may succeed later (e.g. back online, "Probeer opnieuw"): do not keep the failure.
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    return (pending = attempt);
  };
  // Texts are checked on every render: they belong to a language, the code does not.
  const ready = (language: string) => loaded !== undefined && namespaces.every((ns) => i18n.hasResourceBundle(language, ns));
  const preload = () => Promise.all([loadCode(), loadNamespaces(namespaces)]);
  function LazyPage(props: P) {
    const { language } = useI18n();
    const [, setLoads] = useState(0);
    const [failure, setFailure] = useState<Error | undefined>();
    const isReady = ready(language.code);
    useEffect(() => {
      if (isReady) return;
      preload().then(
        () => setLoads((n) => n + 1),
        (error: Error) => setFailure(error),
      );
    }, [isReady, language.code]);
    if (failure) throw failure;
    const Page = loaded;
    return Page && isReady ? <Page {...props} /> : <Loading />;
  }
  return Object.assign(LazyPage, { preload });
}
