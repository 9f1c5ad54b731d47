/**
 * Between the page and the service worker: registers it, reports "ready to work offline" and
 * "update available", and applies a waiting update only when the app asks — at a session
 * boundary, never mid-triage.
 */
import { Workbox } from 'workbox-window';

export type WorkerStatus = 'offline-ready' | 'update-available';

export interface WorkerBridge {
  /** Activate the waiting version and reload into it. Only call between people or sessions. */
  applyUpdate(): void;
}

export function startServiceWorker(onStatus: (status: WorkerStatus) => void): WorkerBridge | undefined {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return undefined;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  let updating = false;
  workbox.addEventListener('waiting', () => onStatus('update-available'));
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) onStatus('offline-ready');
  });
  // Reload only when this page asked for the update: another tab's choice must not end a triage here.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate && updating) window.location.reload();
  });
  void workbox.register();
  return {
    applyUpdate() {
      updating = true;
      workbox.messageSkipWaiting();
    },
  };
}
