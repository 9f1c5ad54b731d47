/**
 * Kiosk mode is for the shared touch screen in the waiting room (?mode=kiosk): nothing is
 * stored on the device, and the app resets itself between people.
 */
let kiosk = false;

export function setKioskMode(on: boolean): void {
  kiosk = on;
}

export function kioskMode(): boolean {
  return kiosk;
}

export const kioskRequested = (search: string) => new URLSearchParams(search).get('mode') === 'kiosk';
