/** Component tests fetch content the way the app does: from the hashed /data/ addresses the build writes. */
import { vi } from 'vitest';
import { dataFetch } from '../../web/build/data-fetch.ts';

/** The paths fetched since serveData() was called: tests can check what a page asked for. */
export const requested: string[] = [];
const served = dataFetch((path) => requested.push(path));

export function serveData(): void {
  requested.length = 0;
  vi.stubGlobal('fetch', served);
}
