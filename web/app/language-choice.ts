/** The language a person chose, remembered on their own device for the next visit; never on a kiosk. */
import { kioskMode } from './device-mode.ts';

const KEY = 'wegwijzer.language';

export function storedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberLanguage(code: string): void {
  if (kioskMode()) return;
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Storage may be off (private mode): the choice then lasts this visit only.
  }
}
