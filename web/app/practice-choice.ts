/** Which practice the app is set up for: from the address, remembered on the device for the next visit (never on a kiosk). */
import { kioskMode } from './device-mode.ts';

const KEY = 'wegwijzer.practice';

/** The practice from the address, remembered for the next visit; else the one remembered. */
export function rememberedPractice(fromAddress: string | null): string | null {
  if (kioskMode()) return fromAddress;
  try {
    if (fromAddress) localStorage.setItem(KEY, fromAddress);
    return fromAddress ?? localStorage.getItem(KEY);
  } catch {
    return fromAddress;
  }
}
