import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WorkerBridge, WorkerStatus } from '../../app/sw-bridge.ts';
import { pageOf, type Page } from '../../navigation/pages.ts';
import { useI18n } from './i18n-context.tsx';
import { useLocation } from './navigation-context.tsx';

export interface AppStatus {
  readonly worker?: WorkerStatus;
  readonly online: boolean;
  readonly bridge?: WorkerBridge;
  /** Saved answers were corrupt or from an older app and have been deleted. */
  readonly storageReset?: boolean;
}

export const AppStatusContext = createContext<AppStatus>({ online: true });

/** Service worker and connection state, for the status line and the update notice. */
export function useAppStatusSource(): AppStatus {
  const [worker, setWorker] = useState<WorkerStatus | undefined>();
  // Read in the effect, not during render: the prerender has no navigator to ask.
  const [online, setOnline] = useState(true);
  const [bridge, setBridge] = useState<WorkerBridge | undefined>();
  useEffect(() => {
    // The service worker is not needed for the first screen: register it once the page shows.
    void import('../../app/sw-bridge.ts').then((bridge) => setBridge(bridge.startServiceWorker(setWorker)));
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return useMemo(() => ({ worker, online, bridge }), [worker, online, bridge]);
}

/** Pages that ask something: news that is not urgent waits until the person is done with them. */
const ASKING: ReadonlySet<Page['kind']> = new Set(['age', 'sex', 'complaints', 'multiple', 'triage-entry', 'triage']);

/**
 * Calm, polite status messages: read out by screen readers without interrupting a question.
 * Being offline matters at once (the person may wonder why a link fails); "works offline now"
 * does not, so it never appears in the middle of a triage.
 */
export function StatusLine() {
  const { t } = useI18n();
  const { worker, online } = useContext(AppStatusContext);
  const asking = ASKING.has(pageOf(useLocation().path).kind);
  const message = !online ? t('status.offline') : worker === 'offline-ready' && !asking ? t('status.offlineReady') : '';
  return (
    <p class="status-line" role="status">
      {message}
    </p>
  );
}

/** One screen of the app: a triage step by its number (no step yet: the first), other pages by kind. */
function screenOf(path: string): string {
  const page = pageOf(path);
  return page.kind === 'triage' ? `triage ${page.step ?? 1}` : page.kind === 'request' ? `request ${page.request}` : page.kind;
}

/**
 * A calm word when saved answers could not be restored, on whichever screen the app opened
 * (a reload mid-triage opens a question, not the start screen): never a blank screen, and gone
 * once the person moves on.
 */
export function StorageResetNotice() {
  const { t } = useI18n();
  const { storageReset } = useContext(AppStatusContext);
  const screen = screenOf(useLocation().path);
  const seen = useRef<{ where?: string; gone?: boolean }>({});
  if (storageReset) seen.current.where ??= screen;
  if (seen.current.where !== undefined && seen.current.where !== screen) seen.current.gone = true;
  return storageReset && !seen.current.gone ? (
    <p class="update-notice" role="status">
      {t('resume.reset')}
    </p>
  ) : null;
}

/**
 * "Er is een nieuwe versie": shown only where a session begins or ends (start screen, outcome),
 * so a tree never changes under someone's feet.
 */
export function UpdateNotice() {
  const { t } = useI18n();
  const { worker, bridge } = useContext(AppStatusContext);
  if (worker !== 'update-available' || !bridge) return null;
  return (
    <div class="update-notice" role="status">
      <p>{t('status.updateAvailable')}</p>
      <button type="button" class="button button--secondary" onClick={() => bridge.applyUpdate()}>
        {t('status.update')}
      </button>
    </div>
  );
}
