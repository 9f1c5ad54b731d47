import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n, loadNamespaces } from '../i18n/i18n.ts';

export type LazyPage<P extends object> = ComponentType<P> & {
  /** Start loading now (e.g. while the app itself starts), so the page is there when it is shown. */
  preload(): Promise<unknown>;
};

/**
 * A page whose code, and the text namespaces it needs beyond `common`, load when it is first
 * shown, so the start screen does not carry them. A failed load (e.g. offline before the app
 * was cached) reaches the error boundary's calm page.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, namespaces: readonly string[] = []): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= Promise.all([load(), loadNamespaces(i18n.language, namespaces)]).then(([component]) => (loaded = component));
    // A failed load may succeed later (e.g. back online): do not keep the failure.
    pending.catch(() => (pending = undefined));
    return pending;
  };
  function LazyPage(props: P) {
    const [, setReady] = useState(false);
    const [failure, setFailure] = useState<Error | undefined>();
    useEffect(() => {
      if (loaded) return;
      preload().then(
        () => setReady(true),
        (error: Error) => setFailure(error),
      );
    }, []);
    if (failure) throw failure;
    const Page = loaded;
    return Page ? <Page {...props} /> : null;
  }
  return Object.assign(LazyPage, { preload });
}
