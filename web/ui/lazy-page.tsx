import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A page whose code loads when it is first shown, so the start screen does not carry it. A
 * failed load (e.g. offline before the app was cached) reaches the error boundary's calm page.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function LazyPage(props: P) {
    const [, setReady] = useState(false);
    const [failure, setFailure] = useState<Error | undefined>();
    useEffect(() => {
      if (loaded) return;
      pending ??= load().then((component) => (loaded = component));
      pending.then(
        () => setReady(true),
        (error: Error) => {
          pending = undefined;
          setFailure(error);
        },
      );
    }, []);
    if (failure) throw failure;
    const Page = loaded;
    return Page ? <Page {...props} /> : null;
  };
}
