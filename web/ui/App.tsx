/**
 * The app as providers, outermost first: the navigation it runs on (the browser's address, or
 * memory inside a host page), a boundary that catches every error, the settings (language,
 * practice, status), the page frame, and the page for the address.
 */
import { useEffect, useState } from 'preact/hooks';
import { kioskMode } from '../app/device-mode.ts';
import type { LoadResult } from '../app/saved-session.ts';
import { isPrerendered } from '../hosting/html-files.ts';
import type { Language } from '../i18n/locale-schema.ts';
import type { Navigation } from '../navigation/navigation.ts';
import { pageOf } from '../navigation/pages.ts';
import { ErrorBoundary } from './pages/ErrorPage.tsx';
import { PageSwitch } from './pages/page-switch.tsx';
import { Layout } from './parts/Layout.tsx';
import { lazyPage } from './parts/lazy-page.tsx';
import { Loading } from './parts/Loading.tsx';
import { NavigationContext, useLocation } from './parts/navigation-context.tsx';
import { Settings } from './parts/settings.tsx';

const ResumePage = lazyPage(() => import('./pages/ResumePage.tsx').then((m) => m.ResumePage));
const KioskTimeout = lazyPage(() => import('./parts/KioskTimeout.tsx').then((m) => m.KioskTimeout));

export interface AppProps {
  readonly navigation: Navigation;
  readonly initialLanguage: Language;
  readonly languages: readonly Language[];
  /** Look for a triage saved on the device (never in a kiosk, nor while prerendering). */
  readonly checkSaved?: boolean;
}

export function App({ navigation, ...props }: AppProps) {
  return (
    <NavigationContext.Provider value={navigation}>
      <ErrorBoundary>
        <Shell {...props} />
      </ErrorBoundary>
    </NavigationContext.Provider>
  );
}

function Shell({ initialLanguage, languages, checkSaved = false }: Omit<AppProps, 'navigation'>) {
  const location = useLocation();
  const saved = useSavedTriage(checkSaved);
  return (
    <Settings initialLanguage={initialLanguage} languages={languages} storageReset={saved.result?.kind === 'reset'}>
      <Layout>
        {/* An error in a page keeps the frame (the 112 link, the languages); moving on clears it. */}
        <ErrorBoundary resetKey={location.path}>
          {kioskMode() && <KioskTimeout initialLanguage={initialLanguage} />}
          {saved.resumable ? (
            <ResumePage treeIds={saved.resumable.treeIds} session={saved.resumable.session} onDone={saved.dismiss} />
          ) : saved.result || isPrerendered(location.path) ? (
            <PageSwitch page={pageOf(location.path)} />
          ) : (
            <Loading /> /* until the device is checked, a triage page could overwrite saved answers */
          )}
        </ErrorBoundary>
      </Layout>
    </Settings>
  );
}

/** A triage found on the device is offered once; looking for it waits until the first screen shows. */
function useSavedTriage(checkSaved: boolean) {
  const [result, setResult] = useState<LoadResult | undefined>(checkSaved ? undefined : { kind: 'none' });
  const [resumable, setResumable] = useState<Extract<LoadResult, { kind: 'unfinished' }> | undefined>();
  useEffect(() => {
    if (!checkSaved) return;
    void import('../app/saved-session.ts')
      .then((store) => store.loadFromDevice())
      .then((loaded) => {
        setResult(loaded);
        if (loaded.kind === 'unfinished') setResumable(loaded);
      });
  }, [checkSaved]);
  return { result, resumable, dismiss: () => setResumable(undefined) };
}
