/**
 * Fetches content files (trees, texts, practice set-ups) from their hashed data addresses, and
 * proves each is the file the build checked: its address carries the digest of its bytes, and
 * the bytes that arrive must have that digest. So the browser does not check built files again
 * with zod (DEVELOPERS.md rule 2). Every failure names the source file, so an error page or a log
 * says which file was at fault, and no load waits for ever.
 */
import { manifest } from 'virtual:content-manifest';
import { dataUrl, digestOf } from '../content/data-addresses.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

/** A load that has not finished by then has failed (a hanging server, a dead connection). */
export const FETCH_TIMEOUT_MS = 15_000;

export async function fetchData(source: string): Promise<unknown> {
  const hash = manifest.hashes[source];
  if (!hash) throw new ContentError(`${source}: not in this build`);
  let text: string;
  try {
    const response = await fetch(dataUrl(source, hash), { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new ContentError(`${source}: the server answered ${response.status}`);
    text = await response.text();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ContentError(`${source}: ${timedOut ? 'no answer in time' : 'could not be fetched'} (offline?)`);
  }
  const digest = await digestOf(text);
  if (digest !== undefined && digest !== hash.replace(/^sha256-/, ''))
    throw new ContentError(`${source}: its content does not match its address (a damaged or changed file)`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContentError(`${source}: not valid JSON`);
  }
}
