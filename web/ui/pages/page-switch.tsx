/** The page for each address (web/navigation/pages.ts), each loaded when first needed. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { kioskMode } from '../../app/device-mode.ts';
import { sessionTreeIds } from '../../app/manifest.ts';
import { chooseAgeBand, chooseSex, chosenAgeBand, chosenSex, chosenTrees, type SexChoice } from '../../app/session-store.ts';
import type { AgeBand } from '../../engine/context.ts';
import { isPrerendered } from '../../hosting/html-files.ts';
import { loadNamespaces } from '../../i18n/i18n.ts';
import { pageOf, type Page } from '../../navigation/pages.ts';
import { lazyPage } from '../parts/lazy-page.tsx';
import { Loading } from '../parts/Loading.tsx';
import { useHref, useNavigation } from '../parts/navigation-context.tsx';
import { AboutPage } from './AboutPage.tsx';
import { ErrorPage } from './ErrorPage.tsx';
import { StartPage } from './StartPage.tsx';

// Everything past the start screen loads when first needed: the first screen stays small.
const PersonQuestion = lazyPage(() => import('./PersonQuestion.tsx').then((m) => m.PersonQuestion));
const MultiplePage = lazyPage(() => import('./MultiplePage.tsx').then((m) => m.MultiplePage), ['content']);
const PickerPage = lazyPage(() => import('./PickerPage.tsx').then((m) => m.PickerPage), ['content']);
const RequestListPage = lazyPage(() => import('./RequestPages.tsx').then((m) => m.RequestListPage), ['content']);
const RequestPage = lazyPage(() => import('./RequestPages.tsx').then((m) => m.RequestPage), ['content']);
const TriagePage = lazyPage(() => import('./TriagePage.tsx').then((m) => m.TriagePage));

/**
 * The picker pages need to know who the complaint is about, asked once: the age band, then sex
 * at birth. Without them they send the person to the first question still open.
 */
function NeedsPerson({ children }: { children: ComponentChildren }) {
  const navigation = useNavigation();
  const hrefFor = useHref();
  const open = chosenAgeBand() === undefined ? '/complaints/age' : chosenSex() === undefined ? '/complaints/sex' : undefined;
  const openHref = open && hrefFor(open);
  useEffect(() => {
    if (openHref) navigation.go(openHref, { replace: true });
  }, [openHref, navigation]);
  return openHref ? null : <>{children}</>;
}

/** The age band, then sex at birth (unless said before), then the complaint list. */
function PersonPage({ about }: { about: 'age' | 'sex' }) {
  const navigation = useNavigation();
  const hrefFor = useHref();
  return (
    <PersonQuestion
      about={about}
      pageKey={about}
      backHref={hrefFor(about === 'age' ? '/' : '/complaints/age')}
      onAnswer={(choice: string) => {
        if (about === 'age') chooseAgeBand(choice as AgeBand);
        else chooseSex(choice as SexChoice);
        navigation.go(hrefFor(chosenSex() === undefined ? '/complaints/sex' : '/complaints'));
      }}
    />
  );
}

export function PageSwitch({ page }: { page: Page }) {
  switch (page.kind) {
    case 'start':
      return <StartPage />;
    case 'about':
      return <AboutPage />;
    case 'age':
    case 'sex':
      return <PersonPage key={page.kind} about={page.kind} />;
    case 'requests':
      return <RequestListPage />;
    case 'request':
      return <RequestPage request={page.request} />;
    case 'complaints':
      return (
        <NeedsPerson>
          <PickerPage />
        </NeedsPerson>
      );
    case 'multiple':
      return (
        <NeedsPerson>
          <MultiplePage />
        </NeedsPerson>
      );
    case 'triage': {
      // The address names only the step; the trees are the session's (none: the answers are gone).
      const treeIds = chosenTrees();
      return treeIds ? <TriagePage key={treeIds} treeIds={treeIds} /> : <ErrorPage notFound />;
    }
    case 'triage-entry':
      return <Loading />; // the app's navigation moves on to the first step at once (private-navigation.ts)
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
  if (!isPrerendered(path) && !kioskMode()) void import('../../app/saved-session.ts').catch(ignore);
  const pages: Partial<Record<Page['kind'], { preload(): Promise<unknown> }>> = {
    age: PersonQuestion,
    sex: PersonQuestion,
    complaints: PickerPage,
    multiple: MultiplePage,
    requests: RequestListPage,
    request: RequestPage,
    triage: TriagePage,
  };
  pages[page.kind === 'triage-entry' ? 'triage' : page.kind]?.preload().catch(ignore);
  if (page.kind === 'triage-entry') {
    void import('../../app/tree-loading.ts').then((trees) => trees.loadPlan(page.treeIds)).catch(ignore);
    loadNamespaces(sessionTreeIds(page.treeIds)).catch(ignore);
  }
}
