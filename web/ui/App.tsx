import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { changeLanguage, i18n, loadNamespaces } from '../i18n/i18n.ts';
import { sessionTreeIds } from '../app/manifest.ts';
import type { Language } from '../i18n/locale-schema.ts';
import type { Setting } from '../app/practice.ts';
import { chooseAgeBand, chosenAgeBand } from '../app/session-store.ts';
import { SettingContext } from './parts/setting-context.tsx';
import { kioskMode } from '../app/device-mode.ts';
import type { LoadResult } from '../app/saved-session.ts';
import { AppStatusContext, useAppStatusSource } from './parts/app-status.tsx';
import { ErrorBoundary, ErrorPage } from './pages/ErrorPage.tsx';
import { I18nContext, type I18nValue } from './parts/i18n-context.tsx';
import { Layout } from './parts/Layout.tsx';
import { Loading } from './parts/Loading.tsx';
import { lazyPage } from './parts/lazy-page.tsx';
import { isPrerendered } from '../hosting/html-files.ts';
import { pageOf, type Page } from '../navigation/pages.ts';
import { AboutPage } from './pages/AboutPage.tsx';
import { hrefFor, navigate, useLocation } from '../navigation/router.ts';
import { StartPage } from './pages/StartPage.tsx';

// Everything past the start screen loads when first needed: the first screen stays small.
const AgeQuestion = lazyPage(() => import('./pages/AgeQuestion.tsx').then((m) => m.AgeQuestion));
const MultiplePage = lazyPage(() => import('./pages/MultiplePage.tsx').then((m) => m.MultiplePage), ['content']);
const PickerPage = lazyPage(() => import('./pages/PickerPage.tsx').then((m) => m.PickerPage), ['content']);
const RequestListPage = lazyPage(() => import('./pages/RequestPages.tsx').then((m) => m.RequestListPage), ['content']);
const RequestPage = lazyPage(() => import('./pages/RequestPages.tsx').then((m) => m.RequestPage), ['content']);
const TriagePage = lazyPage(() => import('./pages/TriagePage.tsx').then((m) => m.TriagePage));
const ResumePage = lazyPage(() => import('./pages/ResumePage.tsx').then((m) => m.ResumePage));
const KioskTimeout = lazyPage(() => import('./parts/KioskTimeout.tsx').then((m) => m.KioskTimeout));

const LANGUAGE_KEY = 'wegwijzer.language';

/** The picker pages need the age band first; without it they send the person to that question. */
function NeedsAge({ children }: { children: ComponentChildren }) {
  const missing = chosenAgeBand() === undefined;
  useEffect(() => {
    if (missing) navigate(hrefFor('/complaints/age'), { replace: true });
  }, [missing]);
  return missing ? null : <>{children}</>;
}

function PageSwitch({ page }: { page: Page }) {
  switch (page.kind) {
    case 'start':
      return <StartPage />;
    case 'about':
      return <AboutPage />;
    case 'age':
      return (
        <AgeQuestion
          pageKey="age"
          backHref={hrefFor('/')}
          onAnswer={(band) => {
            chooseAgeBand(band);
            navigate(hrefFor('/complaints'));
          }}
        />
      );
    case 'requests':
      return <RequestListPage />;
    case 'request':
      return <RequestPage request={page.request} />;
    case 'complaints':
      return (
        <NeedsAge>
          <PickerPage />
        </NeedsAge>
      );
    case 'multiple':
      return (
        <NeedsAge>
          <MultiplePage />
        </NeedsAge>
      );
    case 'triage':
      return <TriagePage key={page.treeIds} treeId={page.treeIds} step={page.step} />;
    case 'not-found':
      return <ErrorPage notFound />;
  }
}

/**
 * Start fetching what the page at this address needs (its code, trees and texts) while the app
 * itself starts, instead of one after the other once it has rendered.
 */
export function preloadPage(path: string): void {
  const page = pageOf(path);
  const ignore = () => undefined; // a failure shows when the page itself loads
  // Saved answers are looked for before any page but the start screen shows.
  if (!isPrerendered(path) && !kioskMode()) void import('../app/saved-session.ts').catch(ignore);
  const pages: Partial<Record<Page['kind'], { preload(): Promise<unknown> }>> = {
    age: AgeQuestion,
    complaints: PickerPage,
    multiple: MultiplePage,
    requests: RequestListPage,
    request: RequestPage,
    triage: TriagePage,
  };
  pages[page.kind]?.preload().catch(ignore);
  if (page.kind === 'triage') {
    void import('../app/content.ts').then((content) => content.loadPlan(page.treeIds)).catch(ignore);
    loadNamespaces(i18n.language, sessionTreeIds(page.treeIds)).catch(ignore);
  }
}

/** The shell: language → error boundary → layout → the page for this address. */
export function App({
  initialLanguage,
  languages,
  checkSaved = false,
}: {
  initialLanguage: Language;
  languages: readonly Language[];
  checkSaved?: boolean;
}) {
  // A triage found on the device is offered once; looking for it waits until the first screen shows.
  const [saved, setSaved] = useState<LoadResult | undefined>(checkSaved ? undefined : { kind: 'none' });
  const [resumable, setResumable] = useState<Extract<LoadResult, { kind: 'unfinished' }> | undefined>();
  useEffect(() => {
    if (!checkSaved) return;
    void import('../app/saved-session.ts')
      .then((store) => store.loadSession())
      .then((result) => {
        setSaved(result);
        if (result.kind === 'unfinished') setResumable(result);
      });
  }, [checkSaved]);
  const location = useLocation();
  const page = pageOf(location.path);
  const [language, setLanguageState] = useState(initialLanguage);
  const voice = location.query.get('voice') === 'staff' ? 'staff' : undefined;
  const status = { ...useAppStatusSource(), storageReset: saved?.kind === 'reset' };
  const practiceId = rememberedPractice(location.query.get('practice'));
  const [setting, setSetting] = useState<Setting | undefined>(practiceId ? undefined : {});
  useEffect(() => {
    if (!practiceId) return setSetting({});
    setSetting(undefined);
    // Only the outcome and request pages show the practice: its set-up is not on the first screen's
    // path. If it cannot load, the generic set-up (112, own GP, the post) is the safe fallback.
    void import('../app/practice.ts')
      .then((practice) => practice.loadSetting(practiceId))
      .catch(() => ({}))
      .then(setSetting);
  }, [practiceId]);
  const value = useMemo<I18nValue>(
    () => ({
      t: i18n.getFixedT(language.code),
      language,
      languages,
      voice,
      setLanguage(next) {
        void changeLanguage(next).then(() => {
          try {
            if (!kioskMode()) localStorage.setItem(LANGUAGE_KEY, next.code);
          } catch {
            // Storage may be off (private mode, kiosk): the choice then lasts this visit only.
          }
          const url = new URL(window.location.href);
          url.searchParams.delete('lang');
          window.history.replaceState(null, '', url);
          setLanguageState(next);
        });
      },
    }),
    [language, languages, voice],
  );
  return (
    <I18nContext.Provider value={value}>
      <SettingContext.Provider value={setting}>
        <AppStatusContext.Provider value={status}>
          <Layout>
            <ErrorBoundary resetKey={location.path}>
              {kioskMode() && <KioskTimeout initialLanguage={initialLanguage} />}
              {resumable ? (
                <ResumePage treeIds={resumable.treeIds} session={resumable.session} onDone={() => setResumable(undefined)} />
              ) : saved || isPrerendered(location.path) ? (
                <PageSwitch page={page} />
              ) : (
                <Loading /> /* until the device is checked, a triage page could overwrite saved answers */
              )}
            </ErrorBoundary>
          </Layout>
        </AppStatusContext.Provider>
      </SettingContext.Provider>
    </I18nContext.Provider>
  );
}

const PRACTICE_KEY = 'wegwijzer.practice';

/** The practice from the address, remembered for the next visit; else the one remembered. */
function rememberedPractice(fromAddress: string | null): string | null {
  if (kioskMode()) return fromAddress;
  try {
    if (fromAddress) localStorage.setItem(PRACTICE_KEY, fromAddress);
    return fromAddress ?? localStorage.getItem(PRACTICE_KEY);
  } catch {
    return fromAddress;
  }
}

export function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}
