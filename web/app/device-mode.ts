/**
 * Kiosk mode is for the shared touch screen in the waiting room (?mode=kiosk): nothing is
 * stored on the device, and the app resets itself between people. Also here: what the kiosk's
 * reset and the quick exit ("Snel weg") do to leave nothing of a person behind.
 */
let kiosk = false;

export function setKioskMode(on: boolean): void {
  kiosk = on;
}

export function kioskMode(): boolean {
  return kiosk;
}

export const kioskRequested = (search: string) => new URLSearchParams(search).get('mode') === 'kiosk';

/** Loading another document in place of this one (a seam: tests cannot load documents). */
export const documents = {
  replace(href: string): void {
    window.location.replace(href);
  },
};

let wroteClipboard = false;

/** Put text on the clipboard for the person; remembered, so leaving can take it back. */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  wroteClipboard = true;
}

/** Empty the clipboard, only if this app put something there in this document (never waiting long). */
export async function clearCopiedText(): Promise<void> {
  if (!wroteClipboard) return;
  wroteClipboard = false;
  const cleared = navigator.clipboard.writeText('').catch(() => undefined);
  await Promise.race([cleared, new Promise((done) => setTimeout(done, 300))]);
}

/**
 * Leave this document for a fresh one at `href` that replaces its history entry: reading aloud
 * stops at once (a browser may speak on after the page is gone), the clipboard the app wrote is
 * emptied, and the page is blanked first, so that a browser that keeps the old page for Back (the
 * back/forward cache) has nothing of it to show (main.tsx reloads it then).
 */
export async function leaveForFreshDocument(href: string, title: string): Promise<void> {
  // Whatever the device is saying, without speech.ts: only a page that can read aloud loads that.
  globalThis.speechSynthesis?.cancel();
  await clearCopiedText();
  document.title = title;
  document.body.replaceChildren();
  documents.replace(href);
}
