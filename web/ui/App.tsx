/**
 * The app as providers, outermost first: the navigation it runs on (the browser's address, or
 * memory inside a host page), a boundary that catches every error, the settings (language,
 * practice, status), the page frame, and the page for the address.
 */
import { useEffect, useState } from 'preact/hooks';
import { kioskMode } from '../app/device-mode.ts';
import { isSensitive } from '../app/sensitive-trees.ts';
import { chooseTrees, restoreSession } from '../app/session-store.ts';
import { treeEntry } from '../app/manifest.ts';
import { TREE_SEPARATOR } from '../engine/plan.ts';
import type { LoadResult } from '../app/saved-session.ts';
import { isPrerendered } from '../hosting/html-files.ts';
import type { Language } from '../i18n/locale-schema.ts';
import type { Navigation } from '../navigation/navigation.ts';
import { privateNavigation } from '../navigation/private-navigation.ts';
import { pageOf, type Page } from '../navigation/pages.ts';
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
  // Wherever the app runs, its addresses and history name no complaint (private-navigation.ts).
  const [privateNav] = useState(() =>
    privateNavigation(navigation, {
      enter(treeIds) {
        if (unknownTrees(treeIds)) return false;
        chooseTrees(treeIds);
        return true;
      },
      sensitive: isSensitive,
    }),
  );
  return (
    <NavigationContext.Provider value={privateNav}>
      <ErrorBoundary>
        <Shell {...props} />
      </ErrorBoundary>
    </NavigationContext.Provider>
  );
}

function Shell({ initialLanguage, languages, checkSaved = false }: Omit<AppProps, 'navigation'>) {
  const location = useLocation();
  const page = pageAt(location.path);
  const saved = useSavedTriage(checkSaved, page.kind === 'triage');
  return (
    <Settings initialLanguage={initialLanguage} languages={languages} storageReset={saved.result?.kind === 'reset'}>
      <Layout>
        {/* An error in a page keeps the frame (the 112 link, the languages); moving on clears it. */}
        <ErrorBoundary resetKey={location.path}>
          {kioskMode() && <KioskTimeout initialLanguage={initialLanguage} />}
          {page.kind === 'not-found' ? (
            /* A mistyped address: the way back, not the question whether to continue (that waits at the start). */
            <PageSwitch page={page} />
          ) : saved.resumable ? (
            <ResumePage treeIds={saved.resumable.treeIds} session={saved.resumable.session} onDone={saved.dismiss} />
          ) : saved.result || isPrerendered(location.path) ? (
            <PageSwitch page={page} />
          ) : (
            <Loading /> /* until the device is checked, a triage page could overwrite saved answers */
          )}
        </ErrorBoundary>
      </Layout>
    </Settings>
  );
}

/** The page at an address; a triage of trees this build does not have is a mistyped address too. */
function pageAt(path: string): Page {
  const page = pageOf(path);
  return page.kind === 'triage-entry' && unknownTrees(page.treeIds) ? { kind: 'not-found' } : page;
}

const unknownTrees = (treeIds: string) => treeIds.split(TREE_SEPARATOR).some((id) => !treeEntry(id));

/** Longer than looking on the device ever takes: past it, the page shows without the offer. */
export const SAVED_CHECK_MS = 10_000;

/** A triage found on the device is offered once; looking for it waits until the first screen shows. */
function useSavedTriage(checkSaved: boolean, atTriageStep: boolean) {
  const [result, setResult] = useState<LoadResult | undefined>(checkSaved ? undefined : { kind: 'none' });
  const [resumable, setResumable] = useState<Extract<LoadResult, { kind: 'unfinished' }> | undefined>();
  // Where the app opened: a reload of an outcome's page shows it again; no other page brings it back.
  const [opensAtStep] = useState(atTriageStep);
  useEffect(() => {
    if (!checkSaved) return;
    let waiting = true;
    const settle = (loaded: LoadResult) => {
      if (!waiting) return; // too late: the page is there, and an offer now would interrupt it
      waiting = false;
      setResult(loaded);
      if (loaded.kind === 'unfinished') setResumable(loaded);
      // An outcome read less than half an hour ago comes back on a reload of its page, without asking.
      if (loaded.kind === 'finished' && opensAtStep) restoreSession(loaded.treeIds, loaded.session, loaded.finishedAt);
    };
    // The store's code that did not load, or a device store that does not answer, must not keep the page away.
    const timer = setTimeout(() => settle({ kind: 'none' }), SAVED_CHECK_MS);
    import('../app/saved-session.ts')
      .then((store) => store.loadFromDevice())
      .then(settle, (error: unknown) => {
        console.error(error);
        settle({ kind: 'none' });
      })
      .finally(() => clearTimeout(timer));
    return () => {
      waiting = false;
      clearTimeout(timer);
    };
  }, [checkSaved, opensAtStep]);
  return { result, resumable, dismiss: () => setResumable(undefined) };
}
