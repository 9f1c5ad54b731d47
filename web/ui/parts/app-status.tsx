import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { WorkerBridge, WorkerStatus } from '../../app/sw-bridge.ts';
import { useI18n } from './i18n-context.tsx';

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

/** Calm, polite status messages: read out by screen readers without interrupting a question. */
export function StatusLine() {
  const { t } = useI18n();
  const { worker, online } = useContext(AppStatusContext);
  const message = !online ? t('status.offline') : worker === 'offline-ready' ? t('status.offlineReady') : '';
  return (
    <p class="status-line" role="status">
      {message}
    </p>
  );
}

/** A calm word when saved answers could not be restored: never a blank screen. */
export function StorageResetNotice() {
  const { t } = useI18n();
  const { storageReset } = useContext(AppStatusContext);
  return storageReset ? (
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
